#!/usr/bin/env bash
# Variant A: the recipe users paste into CI today, step by step, with the AWS CLI v2.
# Inputs (env): AWS_ENDPOINT (the emulator: AWS CLI 2.9 has no AWS_ENDPOINT_URL_* variables),
# AWS_REGION, ROLE_ARN, TOKEN_FILE, REPO, SHA, CONTEXT, REGISTRY (hard-coded by users as
# <account>.dkr.ecr.<region>.amazonaws.com; here the emulator's registry front).
# `::bench:: <phase>` lines on stderr only timestamp the phases for the report (a bash builtin).
set -euo pipefail
aws() { /usr/bin/aws --endpoint-url "$AWS_ENDPOINT" --region "$AWS_REGION" "$@"; }
mark() { echo "::bench:: $1" >&2; }

mark sts
creds=$(aws sts assume-role-with-web-identity --role-arn "$ROLE_ARN" --role-session-name "ci-${SHA:0:12}" \
  --web-identity-token "file://$TOKEN_FILE" --duration-seconds 3600 \
  --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)
read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN <<<"$creds"
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN

mark repository
aws ecr describe-repositories --repository-names "$REPO" >/dev/null 2>&1 \
  || aws ecr create-repository --repository-name "$REPO" --image-scanning-configuration scanOnPush=true >/dev/null

mark login
aws ecr get-login-password | docker login --username AWS --password-stdin "$REGISTRY"

mark build
docker build -t "$REPO:$SHA" "$CONTEXT"

mark tag
docker tag "$REPO:$SHA" "$REGISTRY/$REPO:$SHA"
docker tag "$REPO:$SHA" "$REGISTRY/$REPO:latest"

mark push
docker push "$REGISTRY/$REPO:$SHA"
mark push-latest
docker push "$REGISTRY/$REPO:latest"
mark "done"

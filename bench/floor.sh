#!/usr/bin/env bash
# Variant F, the floor: only the docker work. The repository exists and docker is logged in
# before the clock starts. Inputs (env): REPO, SHA, CONTEXT, REGISTRY.
set -euo pipefail
mark() { echo "::bench:: $1" >&2; }

mark build
docker build -t "$REGISTRY/$REPO:$SHA" "$CONTEXT"
mark tag
docker tag "$REGISTRY/$REPO:$SHA" "$REGISTRY/$REPO:latest"
mark push
docker push "$REGISTRY/$REPO:$SHA"
mark push-latest
docker push "$REGISTRY/$REPO:latest"
mark "done"

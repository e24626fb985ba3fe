#!/usr/bin/env bash
# Bench E's floor on dockerd 26 with buildx (docker driver): one `docker buildx build` that tags
# and pushes. The repository exists and docker is logged in before the clock starts.
# Inputs (env): REPO, SHA, CONTEXT, REGISTRY.
set -euo pipefail
mark() { echo "::bench:: $1" >&2; }

mark build-push
docker buildx build --tag "$REGISTRY/$REPO:$SHA" --tag "$REGISTRY/$REPO:latest" --push "$CONTEXT"
mark "done"

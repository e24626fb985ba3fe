#!/usr/bin/env bash
# Runs before the node step of ecr/deliver and ecr/login: one clear line for what the executor
# lacks. It reads no orb parameters.
if ! command -v node >/dev/null 2>&1; then
  echo "ecr-deliver: no node on this executor: use the ecr/default executor (machine image ubuntu-2404:current) or an image with Node.js 22+, e.g. cimg/node" >&2
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "${node_major:-0}" -lt 22 ]; then
  echo "ecr-deliver: node $(node --version) on this executor is too old: it needs Node.js 22+ (use ecr/default or cimg/node)" >&2
  exit 1
fi
if ! command -v docker >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; then
  echo "ecr-deliver: no docker engine answers on this executor: add a setup_remote_docker step before this one, or use the machine executor (ecr/default)" >&2
  exit 1
fi

#!/usr/bin/env bash
# Runs before the node step of ecr/deliver, ecr/login and ecr/merge: one clear line for what the
# executor lacks (ecr/merge, ECR_DELIVER_COMMAND=merge, needs no docker). It reads no orb parameters. It also finds node the way the job's own bash steps do (on
# machine images nvm puts it on PATH only in login shells) and hands that exact binary to the
# node step through $BASH_ENV as ECR_DELIVER_ORB_NODE.
# (A profile may print; the last line is the answer.)
node_bin=$(command -v node || true)
if [ -z "$node_bin" ]; then
  node_bin=$("$BASH" -lc 'command -v node' 2>/dev/null || true)
  node_bin=${node_bin##*$'\n'}
fi
nvm_sh="${NVM_DIR:-$HOME/.nvm}/nvm.sh"
if [ -z "$node_bin" ] && [ -s "$nvm_sh" ]; then
  # shellcheck source=/dev/null
  node_bin=$( (. "$nvm_sh" && command -v node) 2>/dev/null || true)
  node_bin=${node_bin##*$'\n'}
fi
case "$node_bin" in
  /*) ;;
  *) node_bin="" ;; # an alias or a function is no binary to run
esac
if [ -z "$node_bin" ]; then
  echo "ecr-deliver: no node on this executor: use the ecr/default executor (machine image ubuntu-2404:current) or an image with Node.js 22+, e.g. cimg/node" >&2
  exit 1
fi
node_major=$("$node_bin" -p 'process.versions.node.split(".")[0]')
if [ "${node_major:-0}" -lt 22 ]; then
  echo "ecr-deliver: node $("$node_bin" --version) on this executor is too old: it needs Node.js 22+ (use ecr/default or cimg/node)" >&2
  exit 1
fi
if [ "${ECR_DELIVER_COMMAND:-}" != merge ] && { ! command -v docker >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; }; then
  echo "ecr-deliver: no docker engine answers on this executor: add a setup_remote_docker step before this one, or use the machine executor (ecr/default)" >&2
  exit 1
fi
printf 'export ECR_DELIVER_ORB_NODE=%q\n' "$node_bin" >> "$BASH_ENV"

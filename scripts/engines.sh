#!/usr/bin/env bash
# Fetches the docker engines the e2e suite also runs on (Debian trixie's dockerd 26 with its docker
# CLI, buildx, and skopeo to read registries) into build/engines/ without installing anything into
# the system: an apt configuration of its own, `apt-get download`, `dpkg -x`. The system's dockerd,
# containerd and runc stay as they are; the test fixture starts its own daemons from these files.
# Idempotent: a second run with the same pins does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned so a run is reproducible; a point release of trixie that drops one of these fails loudly here.
PINS=(
  docker.io=26.1.5+dfsg1-9+deb13u1+b1
  docker-cli=26.1.5+dfsg1-9+deb13u1+b1
  docker-buildx=0.13.1+ds1-3
  skopeo=1.18.0+ds1-1+b5
  # skopeo is built against trixie's glibc; it runs through trixie's own loader with these.
  libc6=2.41-12+deb13u5
  libgcc-s1=14.2.0-19
  libgpgme11t64=1.24.2-3
  libassuan9=3.0.2-2
  libgpg-error0=1.51-4
  libsqlite3-0=3.46.1-7+deb13u2
)

OUT=${ENGINES_DIR:-build/engines}
OUT=$(mkdir -p "$OUT" && cd "$OUT" && pwd)
STAMP="$OUT/pins"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(printf '%s\n' "${PINS[@]}")" ] && [ -x "$OUT/bin/dockerd" ]; then
  echo "engines: up to date in $OUT"
  exit 0
fi

# The mirror the system's apt already uses (the first non-security URI), so no new host is needed.
mirror=$(awk '/^URIs:/ && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}

APT="$OUT/apt"
rm -rf "${APT:?}" "${OUT:?}/debs" "${OUT:?}/root" "${OUT:?}/bin"
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$OUT/debs" "$OUT/root" "$OUT/bin"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" >"$APT/sources.list"
cat >"$APT/apt.conf" <<EOF
Dir::State::Lists "$APT/lists";
Dir::State::status "/dev/null";
Dir::Cache "$APT/cache";
Dir::Etc::sourcelist "$APT/sources.list";
Dir::Etc::sourceparts "-";
APT::Architecture "amd64";
EOF
export APT_CONFIG="$APT/apt.conf"

echo "engines: fetching from $mirror trixie main"
apt-get update -qq
# apt-get download writes into the current directory; as root it hands the download to the _apt user.
(cd "$OUT/debs" && chown _apt "$OUT/debs" 2>/dev/null; apt-get download -qq "${PINS[@]}")
for deb in "$OUT"/debs/*.deb; do dpkg -x "$deb" "$OUT/root"; done
rm -rf "$APT/lists" "$APT/cache"

R="$OUT/root"
ln -s "$R/usr/sbin/dockerd" "$OUT/bin/dockerd"
ln -s "$R/usr/sbin/docker-proxy" "$OUT/bin/docker-proxy"
ln -s "$R/usr/bin/docker" "$OUT/bin/docker"
ln -s "$R/usr/libexec/docker/cli-plugins/docker-buildx" "$OUT/bin/docker-buildx"
cat >"$OUT/bin/skopeo" <<EOF
#!/bin/sh
# trixie's skopeo through trixie's loader and libraries (the system's glibc is older).
exec "$R/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$R/usr/lib/x86_64-linux-gnu:$R/lib/x86_64-linux-gnu" "$R/usr/bin/skopeo" "\$@"
EOF
chmod +x "$OUT/bin/skopeo"

echo "engines: $("$OUT/bin/dockerd" --version)"
echo "engines: $("$OUT/bin/docker" --version)"
echo "engines: buildx $("$OUT/bin/docker-buildx" version)"
echo "engines: $("$OUT/bin/skopeo" --version)"
printf 'engines: pinned %s\n' "${PINS[@]}"
printf '%s\n' "${PINS[@]}" >"$STAMP"

# Runs inside the image: busybox sh is the only program there.
echo "$GREETING"
echo "running on $(/bin/busybox uname -m), $(/bin/busybox date -u +%Y-%m-%dT%H:%M:%SZ)"

#!/bin/bash
# Installs the .deb from `npm run dist` and checks the installed app for real: the fuses in the
# installed binary, the `triangulate` CLI (as root and as a user), and the window, launched as
# the non-root user e2e under Xvfb and photographed. Needs root, dpkg, xvfb-run, xwd and
# ImageMagick's convert (apt-get install x11-apps imagemagick) and a user e2e (useradd -m e2e).
# Not part of `npm test`: it installs into the system and takes about a minute.
# Usage: sudo scripts/checkInstalledDeb.sh [path/to.deb]   (screenshot: $OUT/window.png)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls dist/triangulate_*_amd64.deb | tail -1)}
binary=/opt/Triangulate/triangulate
OUT=${OUT:-$(mktemp -d /tmp/triangulate-deb-check.XXXXXX)}
chmod 755 "$OUT"
fail() { echo "checkInstalledDeb: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (dpkg -i)"
id e2e >/dev/null 2>&1 || fail "no user e2e (useradd -m e2e)"
chown e2e "$OUT" # the CLI and the app run as e2e and write their case and profile here
started=$(date +%s)

echo "== dpkg -i $deb ($(du -h "$deb" | cut -f1))"
dpkg -i "$deb"
[ -x /usr/bin/triangulate ] || fail "/usr/bin/triangulate was not installed"

echo "== fuses of $binary"
fuses=$(node node_modules/@electron/fuses/dist/bin.js read --app "$binary" | sed "s/\x1b\[[0-9;]*m//g")
echo "$fuses"
for expected in 'RunAsNode is Disabled' 'EnableNodeOptionsEnvironmentVariable is Disabled' \
  'EnableNodeCliInspectArguments is Disabled' 'OnlyLoadAppFromAsar is Enabled' 'EnableCookieEncryption is Enabled'; do
  grep -q "$expected" <<<"$fuses" || fail "fuse: expected '$expected'"
done
# With RunAsNode off the binary must not act as node (without a display it then fails to start).
if runuser -u e2e -- env -u DISPLAY -u WAYLAND_DISPLAY ELECTRON_RUN_AS_NODE=1 timeout 20 "$binary" -e 'console.log("ran-as-node")' 2>/dev/null </dev/null | grep -q ran-as-node; then
  fail "ELECTRON_RUN_AS_NODE=1 still runs the binary as node"
fi

echo "== triangulate CLI"
case_file="$OUT/check.tri"
runuser -u e2e -- env HOME="$OUT" triangulate sample --case "$case_file" >"$OUT/sample.txt" 2>&1 || { cat "$OUT/sample.txt"; fail "triangulate sample (as e2e)"; }
runuser -u e2e -- env HOME="$OUT" triangulate sources --case "$case_file" | tee "$OUT/sources.txt"
[ "$(grep -c . "$OUT/sources.txt")" -ge 3 ] || fail "triangulate sources listed no sources"
triangulate sources --case "$case_file" --json >"$OUT/sources-root.json" || fail "triangulate sources (as root)"
node -e 'const s=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); if(!Array.isArray(s)||s.length<2) process.exit(1)' "$OUT/sources-root.json" \
  || fail "triangulate sources --json (as root) did not list the sample's sources"
triangulate nosuchcommand >/dev/null 2>&1 && fail "an unknown command exited 0"

echo "== the window, as e2e under Xvfb"
user_data="$OUT/user-data"
runuser -u e2e -- mkdir -p "$user_data"
runuser -u e2e -- env HOME="$OUT" TRIANGULATE_USER_DATA="$user_data" OUT="$OUT" BINARY="$binary" \
  xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
    "$BINARY" --disable-gpu >"$OUT/app.log" 2>&1 &
    app=$!
    # Ready once the main window is mapped and the first run has made the sample case.
    for _ in $(seq 1 60); do
      if xwininfo -root -tree 2>/dev/null | grep -q "\"Triangulate\": (\"triangulate\"" && [ -s "$TRIANGULATE_USER_DATA/cases/Sample case.tri" ]; then break; fi
      kill -0 $app 2>/dev/null || { echo "the app exited early" >&2; exit 1; }
      sleep 1
    done
    xwininfo -root -tree | grep "\"Triangulate\": (\"triangulate\"" >"$OUT/window.txt" || { echo "no Triangulate window" >&2; kill $app; exit 1; }
    [ -s "$TRIANGULATE_USER_DATA/cases/Sample case.tri" ] || { echo "the app made no sample case" >&2; kill $app; exit 1; }
    sleep 3 # the views render after the case opens
    xwd -root -silent >"$OUT/window.xwd"
    kill $app; wait $app || true
  ' || { cat "$OUT/app.log"; fail "the installed app did not show its window"; }
convert "xwd:$OUT/window.xwd" "$OUT/window.png"
echo "window: $(cat "$OUT/window.txt")"
echo "screenshot: $OUT/window.png"
echo "checkInstalledDeb: OK in $(( $(date +%s) - started )) s"

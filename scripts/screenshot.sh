#!/bin/sh
# Takes a screenshot of Samenkaart in a virtual display, as a user sees it.
# Usage: scripts/screenshot.sh OUT.png [WIDTHxHEIGHT] [-- app arguments]
# Needs: xvfb, imagemagick (import), a built tree in build/.
set -eu
out="$1"; shift
size="${1:-1280x800}"; [ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
top=$(cd "$(dirname "$0")/.." && pwd)
export GSETTINGS_SCHEMA_DIR="$top/build/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo
export GTK_A11Y=none NO_AT_BRIDGE=1
xvfb-run -a -s "-screen 0 ${size}x24" sh -c "
  '$top/build/src/ui/samenkaart' $* &
  pid=\$!
  sleep \${SK_SCREENSHOT_DELAY:-4}
  import -window root '$out'
  kill \$pid
"
echo "$out"

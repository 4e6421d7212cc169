#!/bin/sh
# README command 2: build and run every test (model, report, UI under a
# virtual display, data validation). Usage: scripts/test.sh [BUILD_DIR [meson setup options…]]
set -eu
cd "$(dirname "$0")/.."
dir="${1:-build}"
[ $# -gt 0 ] && shift
[ -d "$dir" ] || meson setup "$dir" "$@"
meson compile -C "$dir"
exec xvfb-run -a -s "-screen 0 1280x800x24" meson test -C "$dir" --print-errorlogs

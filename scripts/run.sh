#!/bin/sh
# README command 1: install what is needed, build, and start Samenkaart on
# the built-in Reestdal region. Extra arguments go to the app
# (e.g. --zoom 13, --region FILE).
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
[ -d build ] || meson setup build
meson compile -C build
exec meson devenv -C build ./src/ui/samenkaart "$@"

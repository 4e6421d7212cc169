#!/bin/sh
# Installs what Samenkaart needs to build, run and test on Debian 12.
# Safe to run again: it installs only what is missing.
set -eu

packages="
  meson ninja-build pkg-config gcc
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libshumate-dev libsoup-3.0-dev
  libsqlite3-dev libjson-glib-dev libreadosm-dev libcairo2-dev libpango1.0-dev libproj-dev proj-data
  osmium-tool libxtst-dev
  gettext appstream desktop-file-utils python3
  poppler-utils xvfb xauth imagemagick dbus locales fonts-cantarell fonts-dejavu-core
  adwaita-icon-theme librsvg2-common
"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "All build and test dependencies are installed."
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing:$missing"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing

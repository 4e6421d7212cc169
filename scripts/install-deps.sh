#!/bin/sh
# Installs what Samenkaart needs to build, run and test on Debian 12.
# Safe to run again: it installs only what is missing.
set -eu

packages="
  meson ninja-build pkg-config gcc
  clang libclang-rt-14-dev
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libshumate-dev libsoup-3.0-dev
  libsqlite3-dev libjson-glib-dev libreadosm-dev libzip-dev libcairo2-dev libpango1.0-dev libproj-dev proj-data
  osmium-tool libxtst-dev
  gettext appstream desktop-file-utils python3
  poppler-utils xvfb xauth imagemagick dbus locales fonts-cantarell fonts-dejavu-core
  adwaita-icon-theme librsvg2-common
"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ -z "$missing" ]; then
  echo "All build and test dependencies are installed."
else
  echo "Installing:$missing"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
fi

# The Dutch locale: a Dutch laptop writes "2,25 %", and a test checks the
# app does so under LC_ALL=nl_NL.UTF-8. Generated once; a second run finds it.
if ! locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$'; then
  echo "Generating the nl_NL.UTF-8 locale."
  if grep -q '^# *nl_NL.UTF-8 UTF-8' /etc/locale.gen; then
    $sudo sed -i 's/^# *\(nl_NL.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  elif ! grep -q '^nl_NL.UTF-8 UTF-8' /etc/locale.gen; then
    echo 'nl_NL.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
  fi
  $sudo locale-gen
fi

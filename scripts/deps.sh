#!/bin/sh
# Install the Debian packages shipload needs, if any is missing.
# Usage: scripts/deps.sh [extra-package ...]   (run as root, or with sudo)
set -eu
PKGS="build-essential cmake pkg-config libgsl-dev check libsubunit-dev \
libjansson-dev libcairo2-dev doxygen locales libxml2-utils $*"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >&2
fi

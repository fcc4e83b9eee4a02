#!/usr/bin/env bash
# Installs what newsgraph needs to build, test and run on Debian 12 (as root,
# or with sudo). Every package comes from Debian's archive.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git python3
  zlib1g-dev libsqlite3-dev libicu-dev libuchardet-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev
  sqlite3
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

#!/usr/bin/env bash
# Installs what beroepsbeeld needs on a Debian machine with Swift: cairo, pango, SQLite, poppler,
# librsvg, libxml2's tools, libhyphen with Dutch and English patterns, and free fonts. Installs only
# what is missing; works as root or with sudo.
set -euo pipefail

packages=(libcairo2-dev libpango1.0-dev libsqlite3-dev poppler-utils librsvg2-bin libxml2-utils libhyphen-dev hyphen-nl hyphen-en-us fonts-noto-core fonts-dejavu-core pkg-config)
# Run by the CLI tests: git (the diff driver in a real repository), sqlite3 (a catalogue holding
# control characters), python3 (starting a child with a clear signal mask).
packages+=(git sqlite3 python3)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "setup: swift is not on PATH; install Swift 6 first (https://www.swift.org/install/linux/)" >&2; exit 1; }

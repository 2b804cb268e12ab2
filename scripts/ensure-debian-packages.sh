#!/usr/bin/env bash
# What the tests need from Debian, installed when missing:
# - chromium: browser tests (Playwright cannot download its own browser here);
# - postgresql: the consultation storage tests run against a real PostgreSQL
#   as well as the embedded PGlite;
# - default-jre-headless: Java for the W3C Nu HTML checker (vnu-jar ships only the jar).
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing=()
[ -x "$CHROMIUM_PATH" ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v java >/dev/null || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root, or install them yourself: apt-get install ${missing[*]}"; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
# The package starts a system cluster; the tests make their own, so stop it.
if [[ " ${missing[*]} " == *" postgresql "* ]] && command -v service >/dev/null; then
  $SUDO service postgresql stop >/dev/null 2>&1 || true
fi
[ -x "$CHROMIUM_PATH" ] && "$CHROMIUM_PATH" --version

#!/usr/bin/env bash
# Install npm packages exactly as locked, unless node_modules already matches the lock.
set -euo pipefail
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund

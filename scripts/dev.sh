#!/usr/bin/env bash
# `npm run dev`: the site with hot reload and the editing UI (Keystatic, local
# mode: it edits the files in content/ directly). Contentlayer regenerates on
# every save. Draft preview needs a secret; one is made per run unless
# PREVIEW_SECRET is set. KEYSTATIC_ENABLED=0 runs the site without the UI.
set -euo pipefail
cd "$(dirname "$0")/.."
export KEYSTATIC_ENABLED=${KEYSTATIC_ENABLED:-1}
export PREVIEW_SECRET=${PREVIEW_SECRET:-$(node -p "require('node:crypto').randomBytes(24).toString('hex')")}
port=${PORT:-3000}
if [ "$KEYSTATIC_ENABLED" = 1 ]; then
  echo "Editing UI: http://127.0.0.1:${port}/keystatic (local mode: saves write to content/)"
fi
exec npx concurrently -k -n content,next "contentlayer2 dev" "next dev -p ${port}"

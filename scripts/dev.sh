#!/usr/bin/env bash
# `npm run dev`: the site with hot reload and the editing UI (Keystatic, local
# mode: it edits the files in content/ directly). Contentlayer regenerates on
# every save. Draft preview and the form's compliance findings need the
# editors' passphrase (PREVIEW_SECRET); one is made per run and printed unless
# PREVIEW_SECRET is set. KEYSTATIC_ENABLED=0 runs the site without the UI.
#
# Arguments go to `next dev` as they are (`npm run dev -- -p 4000`). It listens
# on 127.0.0.1 only unless given -H/--hostname: the editing UI writes content/
# and has no login, so it must not be reachable from the network by default.
set -euo pipefail
cd "$(dirname "$0")/.."
export KEYSTATIC_ENABLED=${KEYSTATIC_ENABLED:-1}
made_secret=0
if [ -z "${PREVIEW_SECRET:-}" ]; then
  PREVIEW_SECRET=$(node -p "require('node:crypto').randomBytes(24).toString('hex')")
  made_secret=1
fi
export PREVIEW_SECRET

port=${PORT:-3000}
host=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    -p | --port) port=${args[i + 1]:-$port} ;;
    --port=*) port=${args[i]#--port=} ;;
    -H | --hostname) host=${args[i + 1]:-} ;;
    --hostname=*) host=${args[i]#--hostname=} ;;
  esac
done
extra=()
[ -z "$host" ] && { host=127.0.0.1; extra+=(-H 127.0.0.1); }
has_port=0
for a in "$@"; do case "$a" in -p | --port | --port=*) has_port=1 ;; esac; done
[ "$has_port" = 0 ] && extra+=(-p "$port")

if [ "$KEYSTATIC_ENABLED" = 1 ]; then
  echo "Editing UI: http://${host}:${port}/keystatic (local mode: saves write to content/)"
  [ "$made_secret" = 1 ] && echo "Editor passphrase for previews and findings (this run only): ${PREVIEW_SECRET}"
  [ "$host" != 127.0.0.1 ] && [ "$host" != localhost ] && [ "$host" != "::1" ] &&
    echo "Warning: listening on ${host}: anyone who can reach it can edit content/ through the editing UI."
fi
# concurrently takes each command as one string: quote every argument into it.
next_cmd="next dev"
for a in "${extra[@]}" "$@"; do next_cmd+=" $(printf '%q' "$a")"; done
exec npx concurrently -k -n content,next "contentlayer2 dev" "$next_cmd"

#!/usr/bin/env bash
# `npm test`: install what the tests need, then run every check against the
# production build. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/install-deps.sh || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
bash scripts/ensure-debian-packages.sh || { echo "Debian packages (chromium, postgresql) could not be installed"; echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
failures=()
mkdir -p test-results

# A check that is one command counts as one test.
check() {
  local name=$1
  shift
  echo
  echo "== $name: $*"
  if "$@"; then
    passed=$((passed + 1))
    last=0
  else
    failed=$((failed + 1))
    failures+=("$name")
    last=1
  fi
}

# Adds the passed/failed counts from a runner's JSON report; a missing report is one failure.
count_report() {
  local name=$1 report=$2 query=$3
  local counts
  if counts=$(node -e "const r=require('./$report'); const [p,f]=($query)(r); console.log(p+' '+f)" 2>/dev/null); then
    passed=$((passed + ${counts% *}))
    local f=${counts#* }
    failed=$((failed + f))
    [ "$f" -gt 0 ] && failures+=("$name ($f)")
  else
    failed=$((failed + 1))
    failures+=("$name (no report)")
  fi
}

check "content check" npm run --silent content:check
check "production build" npm run --silent build
built=$last
check "type check" npx tsc --noEmit
check "lint" npx eslint . --max-warnings 0
check "format (Prettier)" npx prettier --check .

echo
echo "== unit and build tests (vitest)"
rm -f test-results/unit.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
count_report "vitest" test-results/unit.json "r => [r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0)]"

echo
echo "== end-to-end tests (Playwright, Debian chromium, next start)"
if [ "$built" -eq 0 ]; then
  rm -f test-results/e2e.json
  npx playwright test
  count_report "playwright" test-results/e2e.json "r => [r.stats.expected, r.stats.unexpected + r.stats.flaky + (r.errors?.length ?? 0)]"
else
  failed=$((failed + 1))
  failures+=("playwright (not run: the production build failed)")
fi

echo
echo "== editing UI round trip (Playwright, Debian chromium, npm run dev in a temporary copy of the project)"
rm -f test-results/e2e-cms.json
npx playwright test -c playwright.cms.config.ts
count_report "playwright (editing UI)" test-results/e2e-cms.json "r => [r.stats.expected, r.stats.unexpected + r.stats.flaky + (r.errors?.length ?? 0)]"

echo
[ ${#failures[@]} -gt 0 ] && printf 'failed: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

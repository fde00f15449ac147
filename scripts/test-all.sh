#!/usr/bin/env bash
# The one test command: installs what the tests need, then typecheck, lint, unit, end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/ensure-browser.sh
log=$(mktemp -d)
strip() { sed -E 's/\x1b\[[0-9;]*m//g'; }
echo "== typecheck"; npx tsc -b
echo "== lint"; npx eslint . --max-warnings=0 && npx prettier --check . >/dev/null && echo "prettier: clean"
echo "== validate bundles"; npx tsx scripts/validate-bundle.ts public/bundles/index.json
echo "== unit"; npx vitest run 2>&1 | tee "$log/unit.txt"
# Each run previews its own build on its own free port: two clones testing at once must not
# share (or, with reuseExistingServer, silently reuse) one preview server on the default port.
if [ -z "${E2E_PORT:-}" ]; then
  E2E_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  export E2E_PORT
fi
echo "== end-to-end (preview on port $E2E_PORT)"; npx playwright test 2>&1 | tee "$log/e2e.txt"
unit=$(strip < "$log/unit.txt" | sed -nE 's/^ *Tests +([0-9]+) passed.*/\1/p' | tail -n 1)
e2e=$(strip < "$log/e2e.txt" | sed -nE 's/^ *([0-9]+) passed.*/\1/p' | tail -n 1)
# One closing line in the plain form CI reads: every test above passed (set -e stops on a failure).
echo "tests: $(( ${unit:-0} + ${e2e:-0} )) passed, 0 failed"

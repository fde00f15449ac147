#!/usr/bin/env bash
# The one test command: installs what the tests need, then typecheck, lint, unit, end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/ensure-browser.sh
echo "== typecheck"; npx tsc -b
echo "== lint"; npx eslint . --max-warnings=0 && npx prettier --check . >/dev/null && echo "prettier: clean"
echo "== validate bundles"; npx tsx scripts/validate-bundle.ts public/bundles/index.json
echo "== unit"; npx vitest run
echo "== end-to-end"; npx playwright test

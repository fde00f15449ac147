#!/usr/bin/env bash
# The one run command: installs dependencies when needed, then serves the app on http://127.0.0.1:5173/
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec ./node_modules/.bin/vite --host 127.0.0.1 "$@"

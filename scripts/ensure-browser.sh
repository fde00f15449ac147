#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive: a managed one, CHROMIUM_PATH, or Debian's.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
managed=$(node -e "const {chromium}=require('@playwright/test');const fs=require('fs');try{const p=chromium.executablePath();process.stdout.write(fs.existsSync(p)?p:'')}catch{}" 2>/dev/null || true)
if [ -n "$managed" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
No browser for the end-to-end tests. Get one of these, then run the tests again:
  - a Playwright-managed Chromium:   npx playwright install chromium
  - Debian/Ubuntu's Chromium:        sudo apt-get install -y chromium   (found at /usr/bin/chromium)
  - any Chromium you have:           export CHROMIUM_PATH=/path/to/chromium
MSG
exit 1

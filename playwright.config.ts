import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';

/**
 * The browser: an explicit CHROMIUM_PATH first, then a Playwright-managed Chromium where one is
 * installed (a developer laptop), else Debian's /usr/bin/chromium (this CI).
 */
function resolveBrowser(): { executablePath?: string; args: string[] } {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return { executablePath: explicit, args: systemArgs };
  try {
    if (existsSync(chromium.executablePath())) return { args: [] };
  } catch {
    // No managed browser registered: fall through to the system one.
  }
  return { executablePath: '/usr/bin/chromium', args: systemArgs };
}

const systemArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const browser = resolveBrowser();
const port = Number(process.env.E2E_PORT ?? 4173);
// Separate output folders let several test runs build side by side.
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  // Side-by-side runs (E2E_OUT_DIR) keep their traces apart.
  outputDir: `test-results${process.env.E2E_OUT_DIR ? `-${process.env.E2E_OUT_DIR.replace(/^\./, '')}` : ''}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Tests wait on state, never on time (playback runs on page.clock), so a timeout only catches
  // a hang. It is set for a 2-core machine busy with other work, where an axe scan of the map or
  // the handout alone can take 20–40 s: generous limits cost nothing when all is well.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
      args: browser.args,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `./node_modules/.bin/vite build --outDir ${outDir} --emptyOutDir && ./node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});

import { chromium, type Browser, type Page } from '@playwright/test';

/** The benches' headless Chromium: no sandbox, no GPU, as on this machine's CI. */
export function launchBenchBrowser(chrome: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chrome,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
}

/** A 1440×900 page that runs `init` (a bench's long-task recorder) before any of the app's script. */
export async function openBenchPage(browser: Browser, init: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(init);
  return page;
}

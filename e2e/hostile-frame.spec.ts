import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';

/**
 * The app refuses to run framed by another origin (issue 14: a meta CSP cannot say
 * frame-ancestors, and a static host may send no header). The framing page is served from a
 * server of its own (another port, so another origin), so this spec uses Playwright's plain
 * test: the suite's guard against foreign requests would (rightly) flag that page itself.
 */
test('framed by another origin, the app shows why and a way out instead of running', async ({
  page,
  baseURL,
}) => {
  const app = new URL('./#/b/six-party-talks-2018-10-08', baseURL ?? 'http://127.0.0.1:4173/');
  // Another origin: a server of its own on another port of this machine (a page made up through
  // page.route has no address, and Chromium then blocks it from framing a local one).
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<!doctype html><title>Another site</title><iframe title="framed" src="${app.href}" width="900" height="600"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  test
    .info()
    .attach('framing page', { body: `http://127.0.0.1:${port}/` })
    .catch(() => {});
  await page.goto(`http://127.0.0.1:${port}/`);
  const frame = page.frameLocator('iframe[title="framed"]');
  await expect(
    frame.getByRole('heading', { name: 'Article Atlas will not run inside another site’s page' }),
  ).toBeVisible();
  const link = frame.getByRole('link', { name: 'Open Article Atlas in a new tab' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', app.href);
  // Nothing of the app ran: no story, no views.
  await expect(frame.getByRole('region', { name: 'Article' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Stories' })).toHaveCount(0);
  server.close();
});

test('on its own, the same page runs as usual', async ({ page }) => {
  await page.goto('./#/b/six-party-talks-2018-10-08');
  await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();
});

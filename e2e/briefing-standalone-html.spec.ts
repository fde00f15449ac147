import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { test, expect, SEED } from './fixtures';
import { COUNT, deckEditor } from './briefing-helpers';

test.describe('standalone briefing file', () => {
  test('exports one HTML file that presents the deck from file:// with no network', async ({
    page,
    browser,
  }, testInfo) => {
    await page.goto(`./#/b/${SEED}/briefing-edit`);
    const editor = deckEditor(page);
    await editor.getByLabel('Title').first().fill('Offline briefing');
    const download = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'Export briefing as HTML' }).click();
    const file = testInfo.outputPath('briefing.html');
    await (await download).saveAs(file);
    await expect(editor.getByRole('status')).toContainText('It opens by double-click');

    const html = readFileSync(file, 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'sha256-[^']+'/);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload)"/);
    expect(html).toContain('id="atlas-embedded"');

    // A fresh context: no server, no origin; only the file itself (and data:/blob:) may load.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const offline = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    offline.on('request', (r) => requests.push(r.url()));
    offline.on('pageerror', (e) => errors.push(e.message));
    offline.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await offline.goto(pathToFileURL(file).href);
    await expect(offline).toHaveURL(new RegExp(`#/b/${SEED}/briefing/1`));
    const main = offline.getByRole('main', { name: 'Briefing' });
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Offline briefing');
    await offline.keyboard.press('ArrowRight');
    await expect(offline).toHaveURL(/\/briefing\/2\?sel=relation:r-north-korea-aligned-with-china/);
    await expect(
      main
        .locator('[data-relation="r-north-korea-aligned-with-china"][data-selected="true"]')
        .first(),
    ).toBeAttached();
    await offline.keyboard.press('PageDown');
    await offline.keyboard.press('Space');
    await expect(offline).toHaveURL(/\/briefing\/4\?/);
    await expect(main.getByRole('region', { name: 'Map' }).locator('path').first()).toBeAttached();
    await expect(
      main.locator('[data-leg="j-choe-2"][data-selected="true"]').first(),
    ).toBeAttached();
    await offline.keyboard.press('End');
    await expect(main.getByText(`${COUNT} / ${COUNT}`, { exact: true })).toBeVisible();
    await offline.screenshot({ path: testInfo.outputPath('standalone-last-slide.png') });
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

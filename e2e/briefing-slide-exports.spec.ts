import { readFileSync } from 'node:fs';
import { test, expect, SEED } from './fixtures';
import { expectSelectedIn, presenter } from './briefing-helpers';

test.describe('briefing slide exports', () => {
  test('saves a slide as SVG and PNG at 1920×1080 with its view and source', async ({ page }) => {
    await page.goto(`./#/b/${SEED}/briefing/4`);
    await expectSelectedIn(page, 'Map', 'data-leg', 'j-choe-2');
    const save = async (name: string) => {
      const download = page.waitForEvent('download');
      await presenter(page).getByRole('button', { name }).click();
      return download;
    };
    const svgDownload = await save('Slide as SVG');
    expect(svgDownload.suggestedFilename()).toBe(`${SEED}-briefing-slide-4.svg`);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain('Arrival in Moscow, 6 Oct');
    expect(svg).toContain(
      'Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018. Geography: Natural Earth.',
    );
    expect(svg).toContain('data-leg="j-choe-2"');
    const pngDownload = await save('Slide as PNG');
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    await expect(
      presenter(page).getByRole('status').filter({ hasText: 'Saved slide 4 as PNG' }),
    ).toBeVisible();
  });
});

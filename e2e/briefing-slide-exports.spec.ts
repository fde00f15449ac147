import { readFileSync } from 'node:fs';
import { test, expect, SEED } from './fixtures';
import { expectSelectedIn, presenter } from './briefing-helpers';

test.describe('briefing slide exports', () => {
  test('saves a slide as SVG and PNG at 1920×1080, its view drawn from the scene', async ({
    page,
  }) => {
    await page.goto(`./#/b/${SEED}/briefing/2`);
    await expectSelectedIn(page, 'Network', 'data-relation', 'r-north-korea-aligned-with-china');
    const save = async (name: string) => {
      const download = page.waitForEvent('download');
      await presenter(page).getByRole('button', { name }).click();
      return download;
    };
    const svgDownload = await save('Slide as SVG');
    expect(svgDownload.suggestedFilename()).toBe(`${SEED}-briefing-slide-2.svg`);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain('Two groupings among the six parties');
    expect(svg).toContain('Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018.');
    expect(svg).toContain('data-relation="r-north-korea-aligned-with-china" data-selected="true"');
    // Drawn from the scene, not copied from the page: no class names, no focus stops.
    expect(svg).not.toMatch(/ class=| tabindex=/);
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    const pngDownload = await save('Slide as PNG');
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    await expect(
      presenter(page).getByRole('status').filter({ hasText: 'Saved slide 2 as PNG' }),
    ).toBeVisible();
  });
});

import { readFile } from 'node:fs/promises';
import { test, expect, openSyntheticStory } from './fixtures';

/**
 * A large network (drawn on a canvas) downloads like a small one: the data files list every
 * shown entity without building a picture, and the picture is the SVG writer's, laid out as the
 * screen shows it, its many lines faint hairlines and its key readable.
 */
const SIZE = 800;

test('a large network downloads its data and its picture', async ({ page }) => {
  await openSyntheticStory(page, SIZE, 'network');
  const network = page.getByRole('region', { name: 'Network' });
  await expect(network.locator('svg[data-renderer="canvas"]')).toHaveAttribute(
    'data-layout',
    'done',
    { timeout: 60_000 },
  );
  const shown = Number((await network.textContent())?.match(/(\d+) of \d+ entities/)?.[1]);
  expect(shown).toBeGreaterThan(300);

  const download = async (name: string) => {
    await network.getByText('Download', { exact: true }).click();
    const pending = page.waitForEvent('download', { timeout: 60_000 });
    await network.getByRole('button', { name }).click();
    const file = await pending;
    return readFile(await file.path());
  };

  const csv = (await download('Nodes as CSV')).toString('utf8');
  expect(csv.trimEnd().split('\r\n')).toHaveLength(shown + 1);

  const svg = (await download('Diagram as SVG')).toString('utf8');
  const picture = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const lines = [...doc.querySelectorAll('path[fill="none"][stroke-width]')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      entities: doc.querySelectorAll('g[data-entity]').length,
      lines: lines.length,
      hairlines: lines.filter(
        (l) => l.getAttribute('stroke-width') === '1' && Number(l.getAttribute('opacity')) < 1,
      ).length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      width: Number(doc.documentElement.getAttribute('width')),
    };
  }, svg);
  expect(picture.error).toBeNull();
  expect(picture.entities).toBe(shown);
  expect(picture.lines).toBeGreaterThan(800);
  expect(picture.hairlines).toBe(picture.lines);
  // The key names each large grouping by its first members and a count.
  expect(picture.texts.some((t) => / and \d+ more$/.test(t))).toBe(true);

  const png = await download('Diagram as PNG');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Twice the picture's width (IHDR's width, big-endian at byte 16).
  expect(png.readUInt32BE(16)).toBe(Math.round(picture.width * 2));
  // The status line is back to the counts once the download is made.
  await expect(network).toContainText(/\d+ of \d+ entities/);
});

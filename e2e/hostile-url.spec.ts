import fc from 'fast-check';
import { test, expect, SEED } from './fixtures';

/**
 * Malformed links are reported problems, never an error page (issue 14): the reproducers first,
 * then a fixed-seed sample of junk over every route.
 */
const REPRODUCERS = [
  `#/b/${SEED}/briefing/1?q=%`,
  `#/b/${SEED}/briefing/%`,
  `#/x%0Ay`,
  `#/b/${SEED}%0A/briefing`,
  `#/b/${SEED}/briefing-edit%0D`,
  `#/b/%E0%A4%A`,
  `#/b/${SEED}?sel=entity:%&views=%0A`,
];

const routes = ['', 'b/', `b/${SEED}`, `b/${SEED}/briefing/`, `b/${SEED}/briefing-print`];
const junkPiece = fc.oneof(
  fc.constantFrom('%', '%0A', '%0D', '%00', '%E0%A4%A', '%%', '__proto__', '..', '?', '&', '='),
  fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).map(encodeURIComponent),
);
const sample = fc.sample(
  fc
    .tuple(
      fc.constantFrom(...routes),
      fc.array(junkPiece, { maxLength: 4 }),
      fc.array(junkPiece, { maxLength: 3 }),
    )
    .map(
      ([route, path, query]) =>
        `#/${route}${path.join('')}?sel=${query.join('')}&asof=${query.join('')}`,
    ),
  { seed: 14, numRuns: 16 },
);

test('malformed links show a message, never an error page', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const hash of [...REPRODUCERS, ...sample]) {
    await page.goto(`./${hash}`);
    await expect(page.locator('main').first(), hash).toBeVisible();
    await expect(page.locator('[aria-busy="true"]'), hash).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('heading', { name: 'Something went wrong' }), hash).toHaveCount(0);
    await expect(page.getByText('URI malformed'), hash).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('a CR or LF in the path reads as not found', async ({ page }) => {
  await page.goto('./#/x%0Ay');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto(`./#/b/${SEED}/briefing/1?q=%`);
  await expect(page.getByRole('region', { name: /^Slide 1 of/ })).toBeVisible();
});

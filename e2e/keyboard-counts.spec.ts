import type { Page } from '@playwright/test';
import { test, expect, openSeed } from './fixtures';

/**
 * How many key presses a keyboard user needs (issue 12). Before roving focus in the text every
 * name and every ¶ was a Tab stop: on the seed at 1920×1080, 146 Tab presses from the top to the
 * first network node and 162 from a selected name to its mentions list. Now the article holds
 * one Tab stop per block (its names a roving group: arrows inside), each view one or two, the
 * inspector's mentions list one (and F6 or its skip link lands on its first line), and Find
 * hands focus to the name it found. The counts are logged, attached to the test's output and
 * bounded well below the old figures, so a view or the text growing a Tab stop per mark fails.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

const inRegion = (region: string, mark: string) =>
  `section[aria-label="${region}"] ${mark}, [role="region"][aria-label="${region}"] ${mark}`;
const FIRST_KWIC = 'section[aria-label="Mentions"] [data-rove-index="0"]';

/** Presses `key` until `reached` holds for the focused element; the number of presses. */
async function pressUntil(page: Page, key: string, reached: string, limit = 400): Promise<number> {
  for (let n = 1; n <= limit; n += 1) {
    await page.keyboard.press(key);
    const there = await page.evaluate(
      (selector) => document.activeElement?.matches(selector) ?? false,
      reached,
    );
    if (there) return n;
  }
  return Infinity;
}

async function open(page: Page, story: string, query: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`./#/b/${story}?${query}`);
  await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();
  await expect(page.locator(inRegion('Network', '[data-entity]')).first()).toBeAttached();
}

/** The presses of the three journeys on one story; `name` is an entity named in its text. */
async function measure(page: Page, story: string, name: string, query: string) {
  const counts: Record<string, number> = {};
  await open(page, story, 'views=network');
  counts['top → first network node (Tab)'] = await pressUntil(
    page,
    'Tab',
    inRegion('Network', '[data-entity]'),
  );

  // The same by the skip links: Tab to "Skip to the network", Enter.
  await open(page, story, 'views=network');
  const skip = page.getByRole('link', { name: 'Skip to the network' });
  const toSkip = await pressUntil(page, 'Tab', 'a.skip-link[href="#view-network"]', 10);
  await page.keyboard.press('Enter');
  const inNetwork = () =>
    page.evaluate(
      (sel) => document.activeElement?.matches(sel) ?? false,
      inRegion('Network', '[data-entity]'),
    );
  await expect(skip).toBeAttached();
  counts['top → first network node (skip link)'] =
    toSkip +
    1 +
    ((await inNetwork())
      ? 0
      : await pressUntil(page, 'Tab', inRegion('Network', '[data-entity]'), 20));

  // A name chosen in the text (focused, Enter), then to its first mention in context.
  await open(page, story, 'views=network');
  const mention = page
    .getByRole('region', { name: 'Article' })
    .locator(`[data-entity="${name}"]`)
    .first();
  await mention.focus();
  await page.keyboard.press('Enter');
  await expect(mention).toHaveAttribute('data-selected', 'true');
  await expect(page.locator(FIRST_KWIC)).toBeVisible();
  await mention.focus();
  counts['selected name → first mention in context (Tab)'] = await pressUntil(
    page,
    'Tab',
    FIRST_KWIC,
  );
  await mention.focus();
  counts['selected name → first mention in context (Shift+F6)'] = await pressUntil(
    page,
    'Shift+F6',
    FIRST_KWIC,
    6,
  );
  // Enter on that line takes focus to the mention in the text.
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(
        (id) =>
          document.activeElement?.closest('[aria-label="Article"]') !== null &&
          document.activeElement?.getAttribute('data-entity') === id,
        name,
      ),
    )
    .toBe(true);

  // Find: Ctrl+K, the query typed, Enter; focus is then on the found name in the text.
  await open(page, story, 'views=network');
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('combobox', { name: 'Find a name or words' })).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect
    .poll(
      () =>
        page.evaluate(
          (id) =>
            document.activeElement?.closest('[aria-label="Article"]') !== null &&
            document.activeElement?.getAttribute('data-entity') === id,
          name,
        ),
      { message: 'focus on the found name in the text' },
    )
    .toBe(true);
  counts['Find → the found name (keys, typing included)'] = 1 + query.length + 1;
  return counts;
}

for (const [story, name, query, bounds] of [
  [
    'six-party-talks-2018-10-08',
    'choe-son-hui',
    'choe',
    // Before: 146 and 162 Tab presses.
    { topTab: 50, nameTab: 60 },
  ],
  [
    'fixture-long-article',
    'rebecca-lowell',
    'lowell',
    // Before: every one of its 166 names and 85 ¶ a stop (about 270 to the network).
    { topTab: 110, nameTab: 120 },
  ],
] as const)
  test(`key presses on ${story}: top → network, selected name → its mention, Find → the name`, async ({
    page,
  }, info) => {
    // Hundreds of real key presses on a busy machine: generous, it only catches a hang.
    test.setTimeout(5 * 60_000);
    const counts = await measure(page, story, name, query);
    console.log(story, JSON.stringify(counts));
    await info.attach(`key-presses-${story}.json`, {
      body: JSON.stringify(counts, null, 2),
      contentType: 'application/json',
    });
    expect(counts['top → first network node (Tab)']).toBeLessThanOrEqual(bounds.topTab);
    expect(counts['top → first network node (skip link)']).toBeLessThanOrEqual(3);
    expect(counts['selected name → first mention in context (Tab)']).toBeLessThanOrEqual(
      bounds.nameTab,
    );
    expect(counts['selected name → first mention in context (Shift+F6)']).toBeLessThanOrEqual(2);
  });

test('each view and each block of text is one Tab stop; the arrows reach every mark', async ({
  page,
}) => {
  await openSeed(page, 'views=network,map,timeline');
  await expect(page.locator(inRegion('Timeline', '[data-event]')).first()).toBeAttached();
  await expect(page.locator(inRegion('Network', '[data-entity]')).first()).toBeAttached();
  await expect(page.locator(inRegion('Map', '[data-leg]')).first()).toBeAttached();
  const counts: Record<string, number> = {};
  const targets: [string, string][] = [
    ['top → first network node', inRegion('Network', '[data-entity]')],
    [
      'top → first map place or leg',
      `${inRegion('Map', '[data-entity]')}, ${inRegion('Map', '[data-leg]')}`,
    ],
    ['top → first timeline event', inRegion('Timeline', '[data-event]')],
  ];
  for (let n = 1; n <= 200 && Object.keys(counts).length < targets.length; n += 1) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      (list) => list.find(([, selector]) => document.activeElement?.matches(selector))?.[0],
      targets,
    );
    if (hit !== undefined && counts[hit] === undefined) counts[hit] = n;
  }
  console.log(JSON.stringify(counts));
  expect(Object.keys(counts), 'every view reached by Tab').toEqual(targets.map(([t]) => t));
  // Before: 146, 171 and 176.
  for (const n of Object.values(counts)) expect(n).toBeLessThanOrEqual(70);

  for (const [region, marks] of [
    ['Network', 'svg [data-entity]'],
    ['Network', 'svg [data-relation]'],
    ['Map', '[data-entity], [data-leg]'],
  ] as const)
    await expect(
      page.getByRole('region', { name: region }).locator(marks).and(page.locator('[tabindex="0"]')),
    ).toHaveCount(1);
  // The article: one stop per block, its ¶ or one of its names.
  const article = page.getByRole('region', { name: 'Article' });
  const blocks = await article.locator('[data-block]').count();
  await expect(article.locator('[data-block] [tabindex="0"]')).toHaveCount(blocks);

  // Inside a view, the arrow keys reach every mark: walk the timeline to its last event.
  const events = page.locator(inRegion('Timeline', '[data-event]'));
  const total = await events.count();
  await events.first().focus();
  await page.keyboard.press('End');
  await expect(events.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(events.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(events.nth(Math.min(1, total - 1))).toBeFocused();
  await expect(
    page.getByRole('region', { name: 'Timeline' }).locator('[data-event][tabindex="0"]'),
  ).toHaveCount(1);
});

import { heavyBundle } from '../src/bundle/fixtures/heavy-bundle';
import { expect, openBundleFile, openSeed, test } from './fixtures';

// A long report: 2,000 paragraphs, one person named 20,000 times (ten to a paragraph). Made
// here from the same generator as the hostile-input bench, smaller so it opens quickly on a
// busy machine, and long enough that the reader draws it a window at a time.
const PARAGRAPHS = 2_000;
const HUB_MENTIONS = 20_000;
const bundle = heavyBundle({
  hubMentions: HUB_MENTIONS,
  paragraphs: PARAGRAPHS,
  targetBytes: 3 * 1024 * 1024,
});
const lastHub = bundle.mentions.filter((m) => m.entity === 'hub').at(-1);

test.describe('a book-length text', () => {
  test('opens at once, marks the selection where it is drawn and reaches its far end', async ({
    page,
  }) => {
    // A generator that stops naming the hub must fail this test, not skip it.
    expect(lastHub, 'the generator names the hub').toBeDefined();
    if (lastHub === undefined) throw new Error('the generator no longer names the hub');
    await openSeed(page);
    await openBundleFile(page, 'long-report.json', bundle);
    const article = page.getByRole('region', { name: 'Article' });

    // The text paints: its first paragraph shows, and only a window of the 2,001 blocks is in
    // the page.
    await expect(article.locator('[data-block="b1"]')).toBeVisible();
    await expect(article.getByRole('heading', { name: 'A heavy report' })).toBeVisible();
    const drawn = await article.locator('[data-block]').count();
    expect(drawn).toBeGreaterThan(1);
    expect(drawn).toBeLessThan(100);

    // Selecting the name said 20,000 times marks every drawn mention of it, and nothing else.
    await article.locator('[data-entity="hub"]').first().click();
    await expect(article.locator('[data-entity="hub"]').first()).toHaveAttribute(
      'data-selected',
      'true',
    );
    const hubs = article.locator('[data-entity="hub"]');
    const selected = article.locator('[data-entity="hub"][data-selected="true"]');
    await expect(selected).toHaveCount(await hubs.count());
    expect(await selected.count()).toBeGreaterThan(10);
    await expect(article.locator('[data-entity="bo"][data-selected="true"]')).toHaveCount(0);

    // The inspector counts them all and draws a window of its list too, each line saying its
    // place in the whole.
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(
      inspector.getByRole('heading', { name: `Mentions (${HUB_MENTIONS})` }),
    ).toBeVisible();
    expect(await inspector.locator('.kwic-line').count()).toBeLessThan(200);

    // Scrolled to its end, the list shows the last mention; choosing it brings the text there,
    // marked, selected and focused, far from where the article was.
    await inspector.locator('.kwic-scroll').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    const lastLine = inspector.getByRole('button', {
      name: new RegExp(`^Mention ${HUB_MENTIONS} of ${HUB_MENTIONS}: `),
    });
    await expect(lastLine).toBeVisible();
    await lastLine.click();
    const far = article.locator(`[data-entity="hub"][data-start="${lastHub.start}"]`);
    await expect(far).toBeInViewport();
    await expect(far).toHaveAttribute('data-selected', 'true');
    await expect(far).toBeFocused();
    await expect(article.locator(`[data-block="b${PARAGRAPHS}"]`)).toBeVisible();
    await expect(article.locator('[data-block="b1"]')).toHaveCount(0);

    // The keyboard keeps its place: the arrow moves on from the far mention to the next name.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('data-entity', /.+/);
    const next = Number(await page.locator(':focus').getAttribute('data-start'));
    expect(next).toBeGreaterThan(lastHub.start);
  });

  test('is one Tab stop as a whole; Up and Down walk its blocks, drawing those not drawn', async ({
    page,
  }) => {
    await openSeed(page);
    await openBundleFile(page, 'long-report.json', bundle);
    const article = page.getByRole('region', { name: 'Article' });
    await expect(article.locator('[data-block="b1"]')).toBeVisible();
    // One stop in the whole text, in the first block in view.
    await expect(article.locator('[tabindex="0"]')).toHaveCount(1);
    const focused = page.locator(':focus');
    await article.locator('[tabindex="0"]').focus();
    const blockOf = () =>
      focused.evaluate((el) => el.closest('[data-block]')?.getAttribute('data-block') ?? '');
    const first = await blockOf();
    // Down, many times: past the drawn window; each press lands in the next block, in view.
    const presses = 60;
    for (let i = 0; i < presses; i += 1) await page.keyboard.press('ArrowDown');
    const n = (id: string) => Number(id.replace(/^b/, ''));
    await expect.poll(async () => n(await blockOf())).toBe(n(first) + presses);
    await expect(focused).toBeInViewport();
    await expect(article.locator(`[data-block="${first}"]`)).toHaveCount(0);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => n(await blockOf())).toBe(n(first) + presses - 1);
    // Still one stop, where the keyboard is; Tab leaves the text at once.
    await expect(article.locator('[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-reader-root]') === null),
      )
      .toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(async () => n(await blockOf())).toBe(n(first) + presses - 1);
  });
});

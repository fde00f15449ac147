import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Written for this test (fictional envoy and minister; real places). */
const ARTICLE = [
  'Envoy Maria Lindqvist Visits Nairobi and Addis Ababa',
  'Special Envoy Maria Lindqvist of Sweden travelled from Stockholm to Nairobi on Monday, where she met Kenyan Foreign Minister Daniel Otieno.',
  'Lindqvist and Otieno discussed drought relief for the region. On Wednesday she flew on to Addis Ababa to meet officials of the African Union.',
  'She returns to Stockholm next week.',
].join('\n\n');

const region = (page: Page) => page.getByRole('region', { name: 'New story' });

async function startNewStory(page: Page): Promise<void> {
  await page.goto('./#/new');
  await expect(region(page)).toBeVisible();
  // Start from nothing even if an earlier run left a draft in this browser profile.
  await expect(page.getByRole('status').filter({ hasText: 'Draft kept' })).toBeVisible();
}

async function pasteArticle(page: Page): Promise<void> {
  const text = region(page).getByLabel('Article text');
  await text.fill(ARTICLE);
  const r = region(page);
  await r
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Envoy Maria Lindqvist Visits Nairobi and Addis Ababa');
  await r
    .getByRole('textbox', { name: 'Publisher', exact: true })
    .fill('Article Atlas test corpus');
  await r.getByRole('textbox', { name: 'Byline', exact: true }).fill('Staff');
  await r.getByRole('textbox', { name: 'Published', exact: true }).fill('2024-03-15');
}

test.describe('New story', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('paste, accept names, add a relation and a journey, save: every view draws it', async ({
    page,
  }) => {
    await page.goto('./#/b/six-party-talks-2018-10-08');
    await page.getByRole('button', { name: 'Stories' }).first().click();
    await page.getByRole('link', { name: 'New story…' }).click();
    await expect(region(page)).toBeVisible();
    await pasteArticle(page);

    const r = region(page);
    // Suggestions carry data-suggestion and read "Name, kind".
    for (const name of [
      'Maria Lindqvist, person',
      'Daniel Otieno, person',
      'Kenya, country',
      'Sweden, country',
      'Stockholm, place',
      'Nairobi, place',
      'Addis Ababa, place',
      'African Union, organization',
    ])
      await expect(r.getByRole('group', { name })).toHaveAttribute('data-suggestion', /.+/);
    await r.getByRole('button', { name: 'Accept all suggestions' }).click();
    await expect(r.locator('[data-suggestion]')).toHaveCount(0);
    // Kenya came from the adjective, and places got coordinates inside their countries.
    const kenya = r.locator('li[data-entity="kenya"]');
    await expect(kenya.getByLabel('Other names (comma-separated)')).toHaveValue('Kenyan');
    await expect(r.locator('li[data-entity="nairobi"]')).toContainText('✓ inside Kenya');

    // A relation with its evidence sentence.
    const rel = r.getByRole('group', { name: 'New relation' });
    await rel.getByLabel('Source').selectOption({ label: 'Maria Lindqvist' });
    await rel.getByLabel('Target').selectOption({ label: 'Daniel Otieno' });
    await rel.getByLabel('Relation label').fill('Maria Lindqvist met Daniel Otieno in Nairobi');
    await rel.getByLabel('Date').selectOption({ index: 1 });
    await rel.getByLabel('Evidence sentence').selectOption({ index: 2 }); // (none), the headline, then this sentence
    await expect(rel.getByLabel('Evidence sentence')).toContainText(
      'Special Envoy Maria Lindqvist',
    );
    await rel.getByRole('button', { name: 'Add relation' }).click();
    await expect(r.locator('[data-relation]')).toHaveCount(1);

    // An event, so the timeline has something to draw (it draws events).
    const ev = r.getByRole('group', { name: 'New event' });
    await ev.getByLabel('Event label').fill('Lindqvist and Otieno discuss drought relief');
    await ev.getByLabel('Event place').selectOption({ label: 'Nairobi' });
    await ev.getByRole('checkbox', { name: 'Maria Lindqvist' }).check();
    await ev.getByRole('checkbox', { name: 'Daniel Otieno' }).check();
    await ev.getByLabel('Date').selectOption({ index: 1 });
    await ev.getByLabel('Evidence sentence').selectOption({ index: 3 });
    await ev.getByRole('button', { name: 'Add event' }).click();
    await expect(r.locator('[data-event]')).toHaveCount(1);

    // A journey proposed from the places in reading order.
    const journey = r.getByRole('group', { name: 'New journey' });
    await journey.getByLabel('Traveller').selectOption({ label: 'Maria Lindqvist' });
    await journey
      .getByRole('button', { name: 'Propose legs from the places in reading order' })
      .click();
    await expect(r.getByRole('group', { name: 'Leg 1: Stockholm to Nairobi' })).toBeVisible();
    await expect(r.getByRole('group', { name: 'Leg 2: Nairobi to Addis Ababa' })).toBeVisible();
    await expect(r.getByRole('group', { name: 'Leg 3: Addis Ababa to Stockholm' })).toBeVisible();
    await r
      .getByRole('group', { name: 'Leg 3: Addis Ababa to Stockholm' })
      .getByLabel('Status')
      .selectOption('planned');

    await expect(r.getByText('No problems.')).toBeVisible();
    await r.getByRole('button', { name: 'Save story' }).click();

    await expect(page).toHaveURL(/#\/b\/local%3A/);
    await expect(page.getByRole('banner')).toContainText('Envoy Maria Lindqvist Visits Nairobi');
    const article = page.getByRole('region', { name: 'Article' });
    await expect(article.locator('[data-entity="maria-lindqvist"]').first()).toBeVisible();
    await expect(article.locator('[data-entity="kenya"]')).toHaveText('Kenyan');
    const network = page.getByRole('region', { name: 'Network' });
    await expect(network.locator('[data-relation]').first()).toBeVisible();
    // The saved story is a story like any other: show all three views beside the text.
    await page.goto(`${page.url().split('?')[0]}?views=network,map,timeline`);
    await expect(article.locator('[data-entity="maria-lindqvist"]').first()).toBeVisible();
    const map = page.getByRole('region', { name: 'Map' });
    await expect(map.locator('[data-leg]').first()).toBeVisible();
    const legs = await map
      .locator('[data-leg]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-leg')))].length);
    expect(legs).toBe(3);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(
      timeline.locator('[data-relation], [data-leg], [data-event]').first(),
    ).toBeVisible();
  });

  test('a reload mid-draft loses nothing, and undo steps back', async ({ page }) => {
    await startNewStory(page);
    await pasteArticle(page);
    const r = region(page);
    await r
      .getByRole('group', { name: 'Maria Lindqvist, person' })
      .getByRole('button', { name: 'Accept Maria Lindqvist' })
      .click();
    await r
      .getByRole('group', { name: 'Nairobi, place' })
      .getByRole('button', { name: 'Reject Nairobi' })
      .click();
    await expect(r.locator('li[data-entity="maria-lindqvist"]')).toBeVisible();
    // Undo brings the rejected suggestion back; redo rejects it again.
    await expect(r.getByRole('group', { name: 'Nairobi, place' })).toHaveCount(0);
    await r.getByRole('button', { name: 'Undo' }).click();
    await expect(r.getByRole('group', { name: 'Nairobi, place' })).toBeVisible();
    await r.getByRole('button', { name: 'Redo' }).click();
    await expect(r.getByRole('group', { name: 'Nairobi, place' })).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Draft kept in this browser' }),
    ).toBeVisible();

    await page.reload();
    await expect(region(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'resumed' })).toBeVisible();
    await expect(region(page).getByLabel('Article text')).toHaveValue(ARTICLE);
    await expect(region(page).getByRole('textbox', { name: 'Published', exact: true })).toHaveValue(
      '2024-03-15',
    );
    await expect(region(page).locator('li[data-entity="maria-lindqvist"]')).toBeVisible();
    await expect(region(page).getByRole('group', { name: 'Nairobi, place' })).toHaveCount(0);
  });
});

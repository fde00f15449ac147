import { readFileSync } from 'node:fs';
import { test, expect, openSeed, SEED } from './fixtures';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';

interface SeedLike {
  relations: { id: string; source: string; target: string }[];
  events: { id: string; participants: string[]; place?: string }[];
  journeys: { traveler: string; legs: { id: string; from: string; to: string }[] }[];
}
const seed = JSON.parse(
  readFileSync(new URL(`../public/bundles/${SEED}.json`, import.meta.url), 'utf8'),
) as SeedLike;

/** The ids carrying data-selected="true" inside a region, for one data-* attribute. */
async function selectedIds(
  page: import('@playwright/test').Page,
  region: string,
  attr: string,
): Promise<string[]> {
  const ids = await page
    .getByRole('region', { name: region, exact: true })
    .locator(`[${attr}][data-selected="true"]`)
    .evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? ''), attr);
  return [...new Set(ids)].sort();
}

/**
 * The testing contract: data-selected marks the selected item and everything it concerns, in
 * every view; expectations are worked out here from the bundle itself.
 */
test('a person’s selection marks her relations, the people at their ends, her legs, places and events', async ({
  page,
}) => {
  const who = 'choe-son-hui';
  await openSeed(page, `views=network,map,timeline&sel=entity:${who}`);
  const rels = seed.relations.filter((r) => r.source === who || r.target === who);
  const people = [...new Set([who, ...rels.flatMap((r) => [r.source, r.target])])].sort();
  const legs = seed.journeys.filter((j) => j.traveler === who).flatMap((j) => j.legs);
  const events = seed.events.filter((e) => e.participants.includes(who)).map((e) => e.id);

  const network = page.getByRole('region', { name: 'Network' });
  await expect(network.locator('[data-subject="true"]')).toHaveCount(1);
  // The network does not draw every item (places, for one): every drawn item concerned is
  // marked, and no other.
  const drawnOf = (attr: string) =>
    network.locator(`[${attr}]`).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)), attr);
  const drawnRelations = await drawnOf('data-relation');
  const drawn = await drawnOf('data-entity');
  expect(drawnRelations.length).toBeGreaterThan(0);
  expect(await selectedIds(page, 'Network', 'data-relation')).toEqual(
    rels
      .map((r) => r.id)
      .filter((id) => drawnRelations.includes(id))
      .sort(),
  );
  expect(await selectedIds(page, 'Network', 'data-entity')).toEqual(
    people.filter((p) => drawn.includes(p)),
  );

  // The map and the timeline load lazily and may still be drawing: wait for their marks.
  await expect
    .poll(() => selectedIds(page, 'Map', 'data-leg'))
    .toEqual(legs.map((l) => l.id).sort());
  const mapSelected = await selectedIds(page, 'Map', 'data-entity');
  for (const l of legs) {
    expect(mapSelected).toContain(l.from);
    expect(mapSelected).toContain(l.to);
  }
  if (events.length > 0)
    await expect
      .poll(() => selectedIds(page, 'Timeline', 'data-event'))
      .toEqual(expect.arrayContaining(events));
});

test('a relation’s selection marks its two ends in the network', async ({ page }) => {
  const rel = seed.relations[0]!;
  await openSeed(page, `views=network&sel=relation:${rel.id}`);
  await expect
    .poll(() => selectedIds(page, 'Network', 'data-entity'))
    .toEqual([rel.source, rel.target].sort());
  expect(await selectedIds(page, 'Network', 'data-relation')).toEqual([rel.id]);
});

test('an event’s selection marks its participants and its place', async ({ page }) => {
  const event = seed.events.find((e) => e.place !== undefined && e.participants.length > 0)!;
  await openSeed(page, `views=network,map,timeline&sel=event:${event.id}`);
  await expect.poll(() => selectedIds(page, 'Timeline', 'data-event')).toEqual([event.id]);
  const network = page.getByRole('region', { name: 'Network' });
  // Every view draws on its own schedule (the map loads lazily): wait for marks, not time.
  await expect(network.locator('svg [data-entity]').first()).toBeAttached();
  const drawn = await network
    .locator('[data-entity]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-entity')));
  const participantsDrawn = event.participants.filter((p) => drawn.includes(p));
  expect(participantsDrawn.length).toBeGreaterThan(0);
  await expect
    .poll(() => selectedIds(page, 'Network', 'data-entity'))
    .toEqual(expect.arrayContaining(participantsDrawn));
  await expect
    .poll(() => selectedIds(page, 'Map', 'data-entity'))
    .toEqual(expect.arrayContaining([event.place]));
});

/**
 * Each route declares its mode; nothing guesses it from the path. A story whose id starts with
 * "briefing" opens in the workspace like any other, and its deck presents at /briefing/1.
 */
test('a story with the id briefing-2019 works in the workspace and the presenter', async ({
  page,
}) => {
  const bundle = { ...tinyBundle(), id: 'briefing-2019' };
  await page.route('**/bundles/index.json', async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as { bundles: Record<string, unknown>[] };
    index.bundles.push({
      id: 'briefing-2019',
      file: 'briefing-2019.json',
      title: bundle.article.title,
      publisher: bundle.article.publisher,
      published: bundle.article.published,
    });
    await route.fulfill({ response, json: index });
  });
  await page.route('**/bundles/briefing-2019.json', (route) => route.fulfill({ json: bundle }));
  await page.goto('./#/b/briefing-2019?views=network');
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toBeVisible();
  await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
  await expect(page.getByText(/No slide/)).toHaveCount(0);
  await article.locator('[data-entity="ann"]').first().click();
  await expect(page).toHaveURL(/#\/b\/briefing-2019\?sel=entity:ann$/);
  await expect(article.locator('[data-entity="ann"][data-selected="true"]')).not.toHaveCount(0);
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/#\/b\/briefing-2019\/briefing\/1/);
  await expect(page.getByRole('region', { name: /^Slide 1 of/ })).toBeVisible();
});

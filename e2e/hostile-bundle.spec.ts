import { test, expect, openSeed, openBundleFile } from './fixtures';
import { tinyBundle } from '../src/bundle/fixtures/tiny-bundle';
import type { Bundle } from '../src/bundle/bundle-schema';

/**
 * Valid bundles that used to crash views (issue 14): prototype-named aliases and relation kinds,
 * and dates at the end of the calendar. Each view must draw them, not an error.
 */
function prototypeBundle(): Bundle {
  const b = tinyBundle();
  b.id = 'prototype-names';
  const france = b.entities.find((e) => e.id === 'france')!;
  france.aliases = ['constructor', '__proto__'];
  b.relations[0]!.kind = 'constructor';
  for (const [i, kind] of ['toString', '__proto__'].entries())
    b.relations.push({
      ...b.relations[0]!,
      id: `r-proto-${i}`,
      kind,
      label: `Ann ${kind} Bob`,
    });
  b.events[0]!.when = { start: '9999-12-31', text: 'on Oct. 5' };
  b.relations[0]!.when = { start: '9999', text: 'this month' };
  return b;
}

test('prototype-named aliases and kinds and year 9999 draw in every view', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openSeed(page);
  await openBundleFile(page, 'prototype.json', prototypeBundle());
  await expect(page.getByRole('banner')).toContainText('Ann met Bob');
  await page.goto('./#/b/local:prototype-names?views=network,map');
  const network = page.getByRole('region', { name: 'Network' });
  const map = page.getByRole('region', { name: 'Map' });
  await expect(network.locator('[data-entity="ann"]').first()).toBeVisible();
  await expect(map.locator('[data-entity="paris"]').first()).toBeVisible();
  // Each kind keeps its own key entry, worded as the relation words table words an unknown
  // kind (camel case and underscores become spaces), never blank or the prototype's value.
  // The key is an overlay behind the toolbar's Key button.
  await network.getByRole('button', { name: 'Key', exact: true }).click();
  for (const [kind, words] of [
    ['constructor', 'constructor'],
    ['toString', 'to string'],
    ['__proto__', 'proto'],
  ])
    await expect(network.locator(`[data-legend-relation="${kind}"]`)).toContainText(words!);
  await expect(network.getByRole('alert')).toHaveCount(0);
  await expect(map.getByRole('alert')).toHaveCount(0);

  await page.goto('./#/b/local:prototype-names?views=timeline');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.locator('[data-event="e1"]').first()).toBeVisible();
  await expect(timeline.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('warnings the validator notes are shown, not only printed by the command line', async ({
  page,
}) => {
  await openSeed(page);
  const b = tinyBundle();
  b.id = 'self-relation';
  b.relations[0]!.target = b.relations[0]!.source;
  await openBundleFile(page, 'self.json', b);
  const warnings = page.getByRole('region', { name: 'Warnings about this story' });
  await expect(warnings).toContainText('This story opened, but its file has');
  await warnings.getByText('its author may want to fix').click();
  await expect(warnings).toContainText('a relation from an entity to itself');
  await warnings.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warnings).toHaveCount(0);
});

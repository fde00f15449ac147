import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { probeLayout, type LayoutProbe, type ProbeLimits } from './layout/layout-probe';
import { settled } from './layout/settle-layout';

/**
 * Issue 12's layout rules on every story that ships (the seed and the fixture corpus), at the
 * four sizes people use, for the map and the timeline alone, beside each other and beside the
 * network (all three where they fit): every place, leg and event labelled (or left to a
 * documented level-of-detail rule), each label beside its mark or joined to it by a leader, no
 * mark or label under a control or badge, nothing outside its panel, an off-map arrow's label at
 * the panel's edge, timeline words on their marks' rows, no text cut off. Geometry is read from
 * the page (`layout/layout-probe.ts`), never from screenshots.
 *
 * One page per size: stories and arrangements are visited by changing the URL's hash, and every
 * problem found is collected into one list, so a failure names every fixture × size × views ×
 * item at once. The counts per fixture, size and view are written to `layout-counts.json` in the
 * test's output folder.
 */

interface IndexEntry {
  id: string;
}
const STORIES = (
  JSON.parse(readFileSync('public/bundles/index.json', 'utf8')) as { bundles: IndexEntry[] }
).bundles.map((b) => b.id);

const SIZES: [number, number][] = [
  [1280, 800],
  [1440, 900],
  [1920, 1080],
  [390, 844],
];

/** The views checked, alone and in every arrangement that can share the pane. */
const CHECKED = ['map', 'timeline'] as const;
const ARRANGEMENTS: string[][] = [
  ['map'],
  ['timeline'],
  ['network', 'map'],
  ['network', 'timeline'],
  ['map', 'timeline'],
  ['network', 'map', 'timeline'],
];

const LIMITS: ProbeLimits = { near: 8, edgeBand: 40, leaderSlack: 3 };

const REGION: Record<(typeof CHECKED)[number], string> = { map: 'Map', timeline: 'Timeline' };

type Counts = Record<string, Record<string, number>>;

for (const [width, height] of SIZES)
  test(`layout rules hold on every story at ${width}×${height}`, async ({ page }, info) => {
    // Many stories × arrangements in one page: generous, but it only catches a hang.
    test.setTimeout(20 * 60_000);
    await page.setViewportSize({ width, height });
    const phone = width < 600;
    const problems: string[] = [];
    const counts: Counts = {};
    const summary: string[] = [];
    for (const story of STORIES) {
      // A phone shows one pane at a time: each view alone.
      const arrangements = phone ? [['map'], ['timeline']] : ARRANGEMENTS;
      for (const views of arrangements) {
        const checked = CHECKED.filter((v) => views.includes(v));
        const done = new Set<string>();
        for (const view of checked) {
          if (done.has(view)) continue;
          await page.goto(`./#/b/${story}?views=${views.join(',')}&pane=${view}`);
          await expect(page.locator('.pane-views')).toBeAttached();
          // Every checked view drawn now (a grid shows them all; tabs or a phone only one).
          const drawnNow = await page.evaluate(
            (names) =>
              names.filter((n) => {
                const r = document.querySelector(`section[aria-label="${n}"]`);
                return r !== null && r.getClientRects().length > 0;
              }),
            checked.map((v) => REGION[v]),
          );
          const regions = drawnNow.length > 0 ? drawnNow : [REGION[view]];
          await settled(page, regions);
          for (const name of regions) {
            const v = checked.find((c) => REGION[c] === name);
            if (!v || done.has(v)) continue;
            done.add(v);
            const found: LayoutProbe = await page.evaluate(probeLayout, {
              region: name,
              limits: LIMITS,
            });
            const where = `${story} × ${width}×${height} × views=${views.join('+')} × ${v}`;
            if (!found.drawn) problems.push(`${where}: the view drew nothing and said nothing`);
            const key = `${views.join('+')} / ${v}`;
            (counts[story] ??= {})[key] = found.problems.length;
            summary.push(
              `${where}: ${found.items} items, ${found.labels} labelled, ${found.onDemand} on demand, ${found.problems.length} problems`,
            );
            for (const p of found.problems)
              problems.push(`${where}: ${p.rule} — ${p.item}: ${p.detail}`);
          }
        }
      }
    }
    // LAYOUT_COUNTS_DIR=… keeps the counts where a report can be written from them.
    const keep = process.env.LAYOUT_COUNTS_DIR;
    if (keep)
      writeFileSync(
        `${keep}/layout-counts-${width}x${height}.json`,
        JSON.stringify({ size: `${width}×${height}`, counts, summary, problems }, null, 2),
      );
    await info.attach('layout-counts.json', {
      body: JSON.stringify({ size: `${width}×${height}`, counts, summary }, null, 2),
      contentType: 'application/json',
    });
    console.log(`${width}×${height}: ${problems.length} problems in ${summary.length} views`);
    expect(problems, `layout problems at ${width}×${height}`).toEqual([]);
  });

import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../bundle/bundle-schema';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { withManyEvents } from '../../../bundle/fixtures/many-events-bundle';
import { validateBundleText } from '../../../bundle/validate-bundle';
import { parseViewState } from '../../../view-state/parse-view-state';
import { buildTimelineScene } from './build-timeline-scene';
import { CLUSTER_FROM } from './cluster-marks';
import type { TimelineScene } from './timeline-scene';

const state = (bundle: Bundle, query = '') =>
  parseViewState(bundle.id, new URLSearchParams(query)).state;
const many = withManyEvents(seedBundle(), 1000);
const SIZE = { width: 720, height: 420 };
const drawn = (s: TimelineScene) =>
  s.events.length + s.clusters.reduce((n, c) => n + c.members.length, 0);

describe('count marks on a long story', () => {
  it('the generated story is valid as the app loads it', () => {
    expect(validateBundleText(JSON.stringify(many)).ok).toBe(true);
    expect(many.events).toHaveLength(1013);
  });

  it('1,013 events in a 720×420 pane: every event drawn once, alone or counted, in few marks', () => {
    const s = buildTimelineScene(many, state(many), SIZE);
    expect(drawn(s)).toBe(1013);
    const ids = [...s.events.map((e) => e.id), ...s.clusters.flatMap((c) => c.members)];
    expect(new Set(ids).size).toBe(1013);
    // 1,013 rows of words become a few dozen marks: what a pane can name.
    expect(s.events.length + s.clusters.length).toBeLessThan(80);
    expect(s.clusters.every((c) => c.members.length >= 2)).toBe(true);
    // The busy fortnight counted by day, its compressed context by month or year.
    const units = new Set(s.clusters.map((c) => c.unit));
    expect(units.has('day')).toBe(true);
    expect([...units].some((u) => u === 'month' || u === 'year')).toBe(true);
    for (const c of s.clusters) {
      expect(c.count.text).toBe(String(c.members.length));
      expect(c.ariaLabel).toMatch(
        new RegExp(`^${c.members.length} events, .+: .+\\. Select to zoom in\\.$`),
      );
      if (c.members.length > 3) expect(c.ariaLabel).toContain(`and ${c.members.length - 3} more`);
      expect(c.label.lines.join(' ')).toMatch(/^\d+ events\u00a0· /);
      // The pill holds its number and sits on its row.
      expect(c.box.width).toBeGreaterThan(0);
      expect(c.box.y).toBeGreaterThanOrEqual(s.rows[c.row]?.top ?? Infinity);
    }
  });

  it('the seed alone (13 events) is never counted', () => {
    const seed = seedBundle();
    expect(seed.events.length).toBeLessThanOrEqual(CLUSTER_FROM);
    expect(buildTimelineScene(seed, state(seed), SIZE).clusters).toEqual([]);
  });

  it('a selected event is drawn alone, out of its count (it expands on selection)', () => {
    const before = buildTimelineScene(many, state(many), SIZE);
    const cluster = before.clusters.find((c) => c.unit === 'day' && c.members.length > 3);
    const member = cluster?.members[1] ?? '';
    const s = buildTimelineScene(many, state(many, `sel=event:${member}`), SIZE);
    expect(s.events.find((e) => e.id === member)?.subject).toBe(true);
    expect(s.clusters.some((c) => c.members.includes(member))).toBe(false);
    expect(s.clusters.find((c) => c.id === cluster?.id)?.members).toHaveLength(
      (cluster?.members.length ?? 0) - 1,
    );
    expect(drawn(s)).toBe(1013);
    expect(s.clusters.every((c) => c.dimmed)).toBe(true);
  });

  it('zoomed to a count mark, its events open into finer counts or alone', () => {
    const before = buildTimelineScene(many, state(many), SIZE);
    const month = before.clusters.find((c) => c.unit === 'month' || c.unit === 'year');
    expect(month).toBeDefined();
    if (!month) return;
    const zoom = { start: month.first, end: month.last + 1 };
    const s = buildTimelineScene(many, state(many), SIZE, { zoom });
    expect(s.zoom).toEqual(expect.objectContaining({ first: month.first, last: month.last }));
    const inside = new Set(month.members);
    const finer = s.clusters.filter((c) => c.members.some((id) => inside.has(id)));
    const alone = s.events.filter((e) => inside.has(e.id));
    expect(alone.length + finer.reduce((n, c) => n + c.members.length, 0)).toBe(
      month.members.length,
    );
    // Counted more finely than before: all but the few events longer than a month (the
    // story's own June–July and October–December spans) open into months, weeks or days.
    const rank = ['day', 'week', 'month', 'year'];
    const finerCount = finer
      .filter((c) => rank.indexOf(c.unit) < rank.indexOf(month.unit))
      .reduce((n, c) => n + c.members.length, 0);
    expect(finerCount + alone.length).toBeGreaterThanOrEqual(month.members.length - 2);
    expect(drawn(s)).toBe(1013);
  });

  it('a one-day zoom lists every event of that day with its words', () => {
    const before = buildTimelineScene(many, state(many), SIZE);
    const day = before.clusters.find((c) => c.unit === 'day');
    if (!day) throw new Error('no day count');
    const s = buildTimelineScene(many, state(many), SIZE, {
      zoom: { start: day.first, end: day.first + 1 },
    });
    const members = new Set(day.members);
    const alone = s.events.filter((e) => members.has(e.id));
    expect(alone).toHaveLength(day.members.length);
    expect(alone.every((e) => e.label.lines.length > 0)).toBe(true);
  });
});

describe('count marks on a slide', () => {
  it('wordless context marks that share a period are counted; every text stays ≥ 24 px', () => {
    const seed = seedBundle();
    const s = buildTimelineScene(
      seed,
      state(seed, 'sel=entity:steve-biegun'),
      { width: 1000, height: 560 },
      { labelScale: 1.8, mode: 'presentation', frame: 'selection' },
    );
    expect(s.clusters.length).toBeGreaterThan(0);
    // The October days (5–9 Oct) lie far from September, in compressed context: counted.
    const october = s.clusters.find((c) => c.members.includes('e-beijing-talks'));
    expect(october?.members.length).toBeGreaterThanOrEqual(5);
    expect(october?.label.lines).toEqual([]);
    for (const c of s.clusters) expect(c.count.fontSize).toBeGreaterThanOrEqual(24);
    expect(drawn(s)).toBe(13);
    // Biegun's own events are drawn alone, with words.
    expect(s.events.filter((e) => e.selected).every((e) => e.label.lines.length > 0)).toBe(true);
  });
});

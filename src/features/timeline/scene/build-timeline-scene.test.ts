import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../bundle/bundle-schema';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { dayNumber } from '../../../model/day-number';
import { parseViewState } from '../../../view-state/parse-view-state';
import { timeScaleFrom } from '../scale/time-scale';
import { buildTimelineScene } from './build-timeline-scene';
import type { TimelineScene } from './timeline-scene';

const state = (bundle: Bundle, query = '') =>
  parseViewState(bundle.id, new URLSearchParams(query)).state;
const seed = seedBundle();
const scene = (query = '', size = { width: 720, height: 420 }, options = {}) =>
  buildTimelineScene(seed, state(seed, query), size, options);
const ids = (s: TimelineScene, flag: 'selected' | 'subject' | 'dimmed') =>
  s.events.filter((e) => e[flag]).map((e) => e.id);

describe('buildTimelineScene: selection flags', () => {
  it('an event selection flags the event itself and dims the other twelve', () => {
    const s = scene('sel=event:e-beijing-talks');
    expect(s.events).toHaveLength(13);
    expect(ids(s, 'selected')).toEqual(['e-beijing-talks']);
    expect(ids(s, 'subject')).toEqual(['e-beijing-talks']);
    expect(ids(s, 'dimmed')).toHaveLength(12);
    expect(s.emphasis).toBe(true);
  });

  it('a person flags the events she takes part in; none of them is the subject', () => {
    const s = scene('sel=entity:kong-xuanyou');
    expect(ids(s, 'selected')).toEqual(['e-beijing-talks', 'e-moscow-trilateral-talks']);
    expect(ids(s, 'subject')).toEqual([]);
    expect(ids(s, 'dimmed')).toHaveLength(11);
  });

  it('nothing selected: no flags, nothing dimmed', () => {
    const s = scene();
    expect(ids(s, 'selected')).toEqual([]);
    expect(ids(s, 'dimmed')).toEqual([]);
    expect(s.emphasis).toBe(false);
  });

  it('selecting moves nothing: marks and words keep their places', () => {
    const place = (s: TimelineScene) => s.events.map((e) => [e.id, e.hit, e.label.lines]);
    expect(place(scene('sel=entity:kong-xuanyou'))).toEqual(place(scene()));
  });
});

describe('buildTimelineScene: as of', () => {
  const s = scene('asof=2018-10-06');

  it('counts what is known, unsure and later on the day', () => {
    expect(s.counts).toEqual({ known: 8, unsure: 1, later: 4 });
    const time = Object.fromEntries(s.events.map((e) => [e.id, e.time]));
    expect(time['e-choe-arrives-moscow']).toBe('past');
    expect(time['e-kcna-report']).toBe('future');
    expect(time['e-kim-jong-un-russia-visit']).toBe('uncertain');
  });

  it('draws the rule at the end of the day and shades everything after it', () => {
    const x = s.plotX + timeScaleFrom(s.scale).x(dayNumber('2018-10-07'));
    expect(s.asOf?.x).toBeCloseTo(x, 6);
    expect(s.asOf?.label).toBe('As of 6 Oct');
    expect(s.asOf?.later).toEqual({ x0: s.asOf?.x, x1: s.plotX + s.scale.width });
    // The posting rule (17:06 on 8 Oct) stands to its right.
    expect(s.posted.x).toBeGreaterThan(x);
    expect(s.posted.label).toBe('Posted 8 Oct');
  });

  it('scrubbing moves nothing: two days give the same rows', () => {
    const other = scene('asof=2018-10-09');
    expect(other.events.map((e) => e.hit)).toEqual(s.events.map((e) => e.hit));
    expect(other.asOf!.x).toBeGreaterThan(s.asOf!.x);
  });

  it('keeps both rule labels on the chart at either end of time', () => {
    for (const day of ['2018-06-01', '2019-12-31']) {
      const t = scene(`asof=${day}`, { width: 409, height: 400 });
      for (const rule of [t.posted, t.asOf!]) {
        expect(rule.labelX).toBeGreaterThanOrEqual(0);
        expect(rule.labelX).toBeLessThanOrEqual(t.width);
      }
      expect(t.asOf!.labelY).toBeGreaterThan(t.posted.labelY);
    }
  });
});

describe('buildTimelineScene: geometry at every pane width', () => {
  for (const width of [300, 390, 409, 620, 900, 1400])
    it(`${width} px: labels beside their marks, inside the drawing, rows clear`, () => {
      const s = scene('', { width, height: 300 });
      expect(s.width).toBe(width);
      for (const e of s.events) {
        const l = e.label;
        const mark =
          e.shape.kind === 'point'
            ? { x0: e.shape.cx - e.shape.r, x1: e.shape.cx + e.shape.r, cy: e.shape.cy }
            : {
                x0: e.shape.x,
                x1: e.shape.x + e.shape.width,
                // A bar holding its words grows down from its first line.
                cy: l.side === 'inside' ? e.shape.y + 1 + l.lineHeight / 2 : e.shape.y + 8,
              };
        // The words start 6 px after the mark, end 6 px before it, or sit inside its bar.
        if (l.side === 'after') expect(l.x - mark.x1).toBeCloseTo(6, 6);
        if (l.side === 'before') expect(mark.x0 - l.x).toBeCloseTo(6, 6);
        if (l.side === 'inside') expect(l.x - mark.x0).toBeCloseTo(6, 6);
        // The first line is centred on the mark.
        expect(Math.abs(l.box.y + l.lineHeight / 2 - mark.cy)).toBeLessThan(1);
        expect(l.box.x).toBeGreaterThanOrEqual(0);
        expect(l.box.x + l.box.width).toBeLessThanOrEqual(s.width);
        expect(l.lines.length).toBeLessThanOrEqual(6);
        expect(l.truncated).toBe(false);
      }
      for (const a of s.events)
        for (const b of s.events)
          if (a !== b && a.row === b.row)
            expect(
              a.hit.x + a.hit.width <= b.hit.x + 6 || b.hit.x + b.hit.width <= a.hit.x + 6,
            ).toBe(true);
      for (const [i, row] of s.rows.entries())
        if (i > 0) expect(row.top).toBeCloseTo(s.rows[i - 1]!.top + s.rows[i - 1]!.height, 6);
    });
});

describe('buildTimelineScene: options', () => {
  it("frame 'selection' draws the selection's days across 70 % of the width", () => {
    const s = scene(
      'sel=entity:steve-biegun',
      { width: 1000, height: 500 },
      { frame: 'selection' },
    );
    const focus = s.scale.segments.find((g) => g.kind === 'focus')!;
    // Both of Steve Biegun's visits are "last month": September 2018.
    expect([focus.start, focus.end]).toEqual([dayNumber('2018-09-01'), dayNumber('2018-10-01')]);
    expect((focus.x1 - focus.x0) / s.scale.width).toBeCloseTo(0.7, 6);
    // The rest of the story stays on the axis, compressed either side.
    expect(s.scale.segments.map((g) => g.kind)).toEqual(['context', 'focus', 'context']);
    expect(s.scale.domain).toEqual(scene().scale.domain);
    // Without a selection the frame is the story's busy week.
    expect(scene('', { width: 1000, height: 500 }, { frame: 'selection' }).scale.focus).toEqual({
      start: dayNumber('2018-10-05'),
      end: dayNumber('2018-10-10'),
    });
  });

  it('a slide framed on its selection keeps words for its frame, marks alone far from it', () => {
    const s = scene(
      'sel=entity:choe-son-hui',
      { width: 1600, height: 640 },
      {
        labelScale: 1.9,
        mode: 'presentation',
        frame: 'selection',
      },
    );
    // Wordless: alone, or counted where two share a period (a count mark says how many).
    const bare = [
      ...s.events.filter((e) => e.label.lines.length === 0).map((e) => e.id),
      ...s.clusters.filter((c) => c.label.lines.length === 0).flatMap((c) => c.members),
    ].sort();
    // June, September and next year: outside 5–9 Oct and not Choe's.
    expect(bare).toEqual(
      [
        'e-china-russia-unsc-statement',
        'e-nk-us-summit',
        'e-biegun-visits-south-korea',
        'e-biegun-visits-japan',
        'e-unsc-meeting',
        'e-putin-south-korea-visit',
      ].sort(),
    );
    // In the frame, concerned or not, every event keeps its words (and its name as a title).
    expect(s.events.find((e) => e.id === 'e-kcna-report')?.label.lines.length).toBeGreaterThan(0);
    expect(s.events.find((e) => e.id === 'e-kim-jong-un-russia-visit')?.label.lines).toHaveLength(
      1,
    );
    expect(s.events.every((e) => e.ariaLabel.length > 0)).toBe(true);
    // The workspace never drops words.
    const screen = scene(
      'sel=entity:choe-son-hui',
      { width: 1600, height: 640 },
      { frame: 'selection' },
    );
    expect(screen.events.every((e) => e.label.lines.length > 0)).toBe(true);
  });

  it('labelScale 1.8 on a slide sets every text at 24 px or more', () => {
    const s = scene(
      'sel=event:e-beijing-talks',
      { width: 1600, height: 800 },
      {
        labelScale: 1.8,
        mode: 'presentation',
      },
    );
    const sizes = [
      s.metrics.labelFont,
      s.metrics.smallFont,
      ...s.events.map((e) => e.label.fontSize),
    ];
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    expect(s.metrics.labelFont).toBeCloseTo(25.2, 6);
    // No pointer furniture on a slide.
    expect(s.slider).toBeNull();
    expect(scene().slider).not.toBeNull();
  });

  it('labelScale multiplies the screen sizes in the workspace', () => {
    const base = scene();
    const big = scene('', { width: 720, height: 420 }, { labelScale: 2 });
    expect(big.metrics.labelFont).toBe(base.metrics.labelFont * 2);
    expect(big.metrics.smallFont).toBe(base.metrics.smallFont * 2);
    expect(big.events[0]!.label.lineHeight).toBeGreaterThanOrEqual(
      2 * base.events[0]!.label.lineHeight - 1,
    );
  });

  it('presentation ignores the hovered passage (a slide has no pointer)', () => {
    const hover = {
      selected: new Set<string>(),
      entities: new Set<string>(),
      relations: new Set<string>(),
      events: new Set(['e-beijing-talks']),
      legs: new Set<string>(),
      places: new Set<string>(),
      evidence: [],
    };
    expect(ids(scene('', undefined, { hover }), 'selected')).toEqual([]);
    expect(
      scene('', undefined, { hover })
        .events.filter((e) => e.lit)
        .map((e) => e.id),
    ).toEqual(['e-beijing-talks']);
    expect(scene('', undefined, { hover, mode: 'presentation' }).events.some((e) => e.lit)).toBe(
      false,
    );
  });
});

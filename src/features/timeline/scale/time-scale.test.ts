import { describe, expect, it } from 'vitest';
import { dayNumber, daySpanOf, type DaySpan } from '../../../model/day-number';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { buildTimeScale, type TimeScale } from './time-scale';

const bundle = seedBundle();
const spans = bundle.events.map((e) => daySpanOf(e.when));
const posted = dayNumber(bundle.article.published.slice(0, 10));
const WIDTH = 800;

function expectMonotonic(scale: TimeScale) {
  const [d0, d1] = scale.domain;
  let prev = -Infinity;
  for (let d = d0; d <= d1; d += 0.25) {
    const x = scale.x(d);
    expect(x).toBeGreaterThan(prev);
    prev = x;
  }
}

describe('buildTimeScale on the seed story', () => {
  const scale = buildTimeScale(spans, [posted], { width: WIDTH });

  it('finds the busy days 5–9 Oct 2018 by itself', () => {
    expect(scale.focus).toEqual({ start: dayNumber('2018-10-05'), end: dayNumber('2018-10-10') });
  });

  it('spans June 2018 to the end of the next year', () => {
    expect(scale.domain).toEqual([dayNumber('2018-06-01'), dayNumber('2020-01-01')]);
    expect(scale.x(scale.domain[0])).toBe(0);
    expect(scale.x(scale.domain[1])).toBe(WIDTH);
  });

  it('gives the focus window at least 40% of the width', () => {
    const focus = scale.segments.find((s) => s.kind === 'focus')!;
    expect((focus.x1 - focus.x0) / WIDTH).toBeGreaterThanOrEqual(0.4);
    expect(focus.x1 - focus.x0).toBeCloseTo(0.55 * WIDTH, 6);
    // The stretches either side are drawn compressed, never wider per day than the focus.
    for (const s of scale.segments.filter((s) => s.kind === 'context'))
      expect(s.pxPerDay).toBeLessThan(focus.pxPerDay / 10);
  });

  it('is strictly monotonic', () => expectMonotonic(scale));

  it('puts every event inside the range', () => {
    for (const s of spans) {
      expect(scale.x(s.first)).toBeGreaterThanOrEqual(0);
      expect(scale.x(s.last + 1)).toBeLessThanOrEqual(WIDTH);
      expect(scale.x(s.last + 1)).toBeGreaterThan(scale.x(s.first));
    }
  });

  it('inverts what it maps', () => {
    for (let d = scale.domain[0]; d <= scale.domain[1]; d += 3.7)
      expect(scale.invert(scale.x(d))).toBeCloseTo(d, 6);
    for (let x = 0; x <= WIDTH; x += 13) expect(scale.x(scale.invert(x))).toBeCloseTo(x, 6);
  });

  it('has segments that tile the width without gaps', () => {
    expect(scale.segments.map((s) => s.kind)).toEqual(['context', 'focus', 'context']);
    expect(scale.segments[0]!.x0).toBe(0);
    expect(scale.segments.at(-1)!.x1).toBe(WIDTH);
    for (let i = 1; i < scale.segments.length; i++) {
      expect(scale.segments[i]!.x0).toBe(scale.segments[i - 1]!.x1);
      expect(scale.segments[i]!.start).toBe(scale.segments[i - 1]!.end);
    }
  });
});

describe('buildTimeScale in general', () => {
  it('moves with the dates: nothing is tied to October 2018', () => {
    const shift = 1234;
    const moved = spans.map((s) => ({ first: s.first + shift, last: s.last + shift }));
    const scale = buildTimeScale(moved, [posted + shift], { width: WIDTH });
    expect(scale.focus).toEqual({
      start: dayNumber('2018-10-05') + shift,
      end: dayNumber('2018-10-10') + shift,
    });
  });

  it('honours a focus share and keeps it at any width', () => {
    for (const width of [300, 640, 1600]) {
      const scale = buildTimeScale(spans, [posted], { width, focusShare: 0.6 });
      const focus = scale.segments.find((s) => s.kind === 'focus')!;
      expect((focus.x1 - focus.x0) / width).toBeCloseTo(0.6, 6);
      expectMonotonic(scale);
    }
  });

  it('is linear when no stretch is busier than the rest', () => {
    const sparse: DaySpan[] = [0, 40, 90, 200].map((d) => ({ first: d, last: d }));
    const scale = buildTimeScale(sparse, [], { width: 500 });
    expect(scale.focus).toBeNull();
    expect(scale.segments.map((s) => s.kind)).toEqual(['linear']);
    expect(scale.x(100.5)).toBeCloseTo((100.5 / 201) * 500, 6);
  });

  it('is linear when the busy days are most of the story anyway', () => {
    const week: DaySpan[] = [0, 1, 2, 3, 4].map((d) => ({ first: d, last: d }));
    expect(buildTimeScale(week, [], { width: 500 }).focus).toBeNull();
  });

  it('copes with a focus at one end of the story', () => {
    const atStart: DaySpan[] = [
      ...[0, 1, 2, 3].map((d) => ({ first: d, last: d })),
      { first: 300, last: 364 },
    ];
    const scale = buildTimeScale(atStart, [], { width: 700 });
    expect(scale.segments.map((s) => s.kind)).toEqual(['focus', 'context']);
    expectMonotonic(scale);
    expect(scale.x(365)).toBe(700);
  });

  it('survives a story with a single date or none', () => {
    const one = buildTimeScale([{ first: 10, last: 10 }], [], { width: 100 });
    expect(one.domain).toEqual([10, 11]);
    expect(one.x(10.5)).toBeCloseTo(50, 6);
    const none = buildTimeScale([], [], { width: 100 });
    expect(none.domain).toEqual([0, 1]);
  });
});

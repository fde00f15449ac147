import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../model/day-number';
import { clusterEvents, periodOf } from './cluster-events';

const d = (iso: string) => dayNumber(iso);
/** A linear scale: `px` pixels a day from 1 Jan 2018. */
const linear = (px: number) => ({
  x: (day: number) => (day - d('2018-01-01')) * px,
  domain: [d('2018-01-01'), d('2020-01-01')] as const,
  segments: [],
});

describe('periodOf', () => {
  it('gives the day, the ISO week (from Monday), the month and the year holding a day', () => {
    const fri = d('2018-10-05');
    expect(periodOf('day', fri)).toEqual({ start: fri, end: fri + 1 });
    expect(periodOf('week', fri)).toEqual({ start: d('2018-10-01'), end: d('2018-10-08') });
    expect(periodOf('week', d('2018-10-07'))).toEqual({
      start: d('2018-10-01'),
      end: d('2018-10-08'),
    });
    expect(periodOf('month', fri)).toEqual({ start: d('2018-10-01'), end: d('2018-11-01') });
    expect(periodOf('month', d('2018-12-31'))).toEqual({
      start: d('2018-12-01'),
      end: d('2019-01-01'),
    });
    expect(periodOf('year', fri)).toEqual({ start: d('2018-01-01'), end: d('2019-01-01') });
    // Before 1970 (negative day numbers) weeks still start on Monday: 29 Dec 1969.
    expect(periodOf('week', d('1970-01-01')).start).toBe(d('1969-12-29'));
  });
});

describe('clusterEvents', () => {
  const at = (id: string, first: string, last = first) => ({ id, first: d(first), last: d(last) });
  const items = [
    at('a', '2018-10-05'),
    at('b', '2018-10-05'),
    at('c', '2018-10-05'),
    at('d', '2018-10-06'),
    at('e', '2018-10-20'),
    at('long', '2018-06-01', '2019-08-31'),
  ];

  it('counts per day where a day is wide enough, and leaves lone events alone', () => {
    const { clusters, singles } = clusterEvents(items, linear(40), { cell: 32 });
    expect(clusters).toEqual([
      {
        id: `cluster:day:${d('2018-10-05')}`,
        unit: 'day',
        period: { start: d('2018-10-05'), end: d('2018-10-06') },
        first: d('2018-10-05'),
        last: d('2018-10-05'),
        members: ['a', 'b', 'c'],
      },
    ]);
    // d (alone on its day), e (alone on its day) and the 15-month span (longer than a year).
    expect(singles).toEqual(['d', 'e', 'long']);
  });

  it('goes to a coarser period where days are narrow: 5 px a day counts weeks, 1.5 px months', () => {
    const weeks = clusterEvents(items, linear(5), { cell: 32 });
    expect(weeks.clusters.map((c) => [c.unit, c.members])).toEqual([
      ['week', ['a', 'b', 'c', 'd']],
    ]);
    expect(weeks.clusters[0]?.last).toBe(d('2018-10-06'));
    const months = clusterEvents(items, linear(1.5), { cell: 32 });
    expect(months.clusters.map((c) => [c.unit, c.members])).toEqual([
      ['month', ['a', 'b', 'c', 'd', 'e']],
    ]);
    // Narrower still: the year (never finer than the cell allows).
    const years = clusterEvents(items, linear(0.05), { cell: 32 });
    expect(years.clusters.map((c) => [c.unit, c.members.length])).toEqual([['year', 5]]);
  });

  it('never counts what it must keep, and counts only what it may', () => {
    const kept = clusterEvents(items, linear(40), { cell: 32, keep: new Set(['b']) });
    expect(kept.clusters[0]?.members).toEqual(['a', 'c']);
    expect(kept.singles).toContain('b');
    const only = clusterEvents(items, linear(40), { cell: 32, only: new Set(['a']) });
    expect(only.clusters).toEqual([]);
    expect(only.singles).toHaveLength(items.length);
  });

  it('never counts across a seam of a focus+context scale', () => {
    // Context to 30 Sep at 0.2 px a day, then a focus on 1–7 Oct at 80 px a day.
    const seam = d('2018-10-01');
    const scale = {
      x: (day: number) => (day < seam ? (day - d('2018-01-01')) * 0.2 : 54 + (day - seam) * 80),
      domain: [d('2018-01-01'), d('2018-10-08')] as const,
      segments: [
        {
          kind: 'context' as const,
          start: d('2018-01-01'),
          end: seam,
          x0: 0,
          x1: 54,
          pxPerDay: 0.2,
        },
        {
          kind: 'focus' as const,
          start: seam,
          end: d('2018-10-08'),
          x0: 54,
          x1: 614,
          pxPerDay: 80,
        },
      ],
    };
    const { clusters, singles } = clusterEvents(
      [at('june', '2018-06-12'), at('july', '2018-07-02'), at('oct', '2018-10-05')],
      scale,
      { cell: 32 },
    );
    // The year would hold all three but spans the seam; inside the context the coarsest
    // period is the month, and June and July each hold one: all three stay alone.
    expect(clusters).toEqual([]);
    expect(singles).toEqual(['june', 'july', 'oct']);
    const sameMonth = clusterEvents([at('a', '2018-06-12'), at('b', '2018-06-20')], scale, {
      cell: 32,
    });
    // June is 6 px wide here, under the cell, but the coarsest period inside its stretch.
    expect(sameMonth.clusters.map((c) => [c.unit, c.members])).toEqual([['month', ['a', 'b']]]);
  });
});

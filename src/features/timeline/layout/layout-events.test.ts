import { describe, expect, it } from 'vitest';
import { dayNumber, daySpanOf } from '../../../model/day-number';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { timelineItems } from '../items/timeline-items';
import { buildTimeScale } from '../scale/time-scale';
import { estimateTextWidth } from './estimate-text-width';
import { layoutEvents, layoutEventsToFit } from './layout-events';

const bundle = seedBundle();
const items = timelineItems(bundle, null);

function layout(width: number, maxLabelWidth: number) {
  const scale = buildTimeScale(
    items.map((i) => daySpanOf(i.event.when)),
    [dayNumber('2018-10-08')],
    { width },
  );
  const input = items.map((i) => ({
    id: i.id,
    first: i.first,
    last: i.last,
    labelWidth: estimateTextWidth(i.label, 13),
  }));
  return { scale, ...layoutEvents(input, scale, { width, maxLabelWidth }) };
}

describe('layoutEvents', () => {
  for (const [width, maxLabel] of [
    [700, 220],
    [1200, 360],
    [420, 160],
  ] as const) {
    it(`keeps every label on the plot and off its neighbours at ${width}px`, () => {
      const { events, rowCount } = layout(width, maxLabel);
      expect(events).toHaveLength(items.length);
      for (const e of events) {
        expect(e.labelX0).toBeGreaterThanOrEqual(0);
        expect(e.labelX1).toBeLessThanOrEqual(width + 1e-9);
        expect(e.labelX1 - e.labelX0).toBeLessThanOrEqual(maxLabel + 1e-9);
        expect(e.row).toBeLessThan(rowCount);
      }
      for (const a of events)
        for (const b of events)
          if (a !== b && a.row === b.row) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
    });
  }

  it('draws a day as a point at its middle and a month as a band over every day', () => {
    const { events, scale } = layout(760, 240);
    const byId = new Map(events.map((e) => [e.id, e]));
    const talks = byId.get('e-beijing-talks')!;
    expect(talks.isPoint).toBe(true);
    expect((talks.markX0 + talks.markX1) / 2).toBeCloseTo(
      scale.x(dayNumber('2018-10-05') + 0.5),
      9,
    );
    const sept = byId.get('e-biegun-visits-japan')!;
    expect(sept.isPoint).toBe(false);
    expect(sept.markX0).toBeCloseTo(scale.x(dayNumber('2018-09-01')), 9);
    expect(sept.markX1).toBeGreaterThanOrEqual(scale.x(dayNumber('2018-10-01')) - 1e-9);
  });

  it('flips a label that would leave the plot to the other side of its mark', () => {
    const { events } = layout(760, 240);
    const nextYear = events.find((e) => e.id === 'e-putin-south-korea-visit')!;
    expect(nextYear.labelX1).toBeLessThanOrEqual(nextYear.markX1);
    expect(nextYear.labelX1).toBeLessThanOrEqual(760);
  });

  it('marks labels cut short', () => {
    const { events } = layout(700, 120);
    expect(events.some((e) => e.truncated)).toBe(true);
    expect(layout(4000, 2000).events.some((e) => e.truncated)).toBe(false);
  });
});

describe('layoutEventsToFit', () => {
  const scale = buildTimeScale(
    items.map((i) => daySpanOf(i.event.when)),
    [dayNumber('2018-10-08')],
    { width: 800 },
  );
  const input = items.map((i) => ({
    id: i.id,
    first: i.first,
    last: i.last,
    labelWidth: estimateTextWidth(i.label, 13),
  }));

  it('gives labels their full width when there is room for the rows', () => {
    const laid = layoutEventsToFit(input, scale, { width: 800, availableRows: 40 });
    expect(laid.maxLabelWidth).toBe(Math.max(...input.map((i) => i.labelWidth)));
    expect(laid.rowCount).toBeLessThanOrEqual(40);
    // Only a label longer than the plot has room for either side of its mark is cut.
    for (const e of laid.events.filter((e) => e.truncated))
      expect(e.labelX1 - e.labelX0).toBeGreaterThan(800 / 2 - 20);
  });

  it('shortens labels to save rows in a short strip', () => {
    const roomy = layoutEventsToFit(input, scale, { width: 800, availableRows: 40 });
    const tight = layoutEventsToFit(input, scale, { width: 800, availableRows: 3 });
    expect(tight.rowCount).toBeLessThan(roomy.rowCount);
    expect(tight.maxLabelWidth).toBeLessThan(roomy.maxLabelWidth);
    expect(tight.maxLabelWidth).toBeGreaterThanOrEqual(160);
    const cut = (l: typeof tight) => l.events.filter((e) => e.truncated).length;
    expect(cut(tight)).toBeGreaterThan(cut(roomy));
  });
});

import { describe, expect, it } from 'vitest';
import { dayNumber, daySpanOf } from '../../../model/day-number';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { axisTicks, segmentCaptions, tickLabelWidth } from './axis-ticks';
import { buildTimeScale } from './time-scale';

const spans = seedBundle().events.map((e) => daySpanOf(e.when));
const posted = dayNumber('2018-10-08');
const build = (width: number) => buildTimeScale(spans, [posted], { width });

describe('axisTicks', () => {
  it('labels each day of the wide week and months or quarters in the compressed stretches', () => {
    const ticks = axisTicks(build(760));
    const labels = ticks.filter((t) => t.label !== null).map((t) => t.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Fri 5 Oct', 'Sat 6 Oct', 'Sun 7 Oct', 'Mon 8 Oct', 'Tue 9 Oct']),
    );
    expect(labels[0]).toBe('Jun 2018');
    expect(labels).toContain('2019');
    expect(ticks.filter((t) => t.unit === 'day')).toHaveLength(5);
  });

  it('never lets two labels overlap, and keeps them on the plot', () => {
    for (const width of [320, 500, 760, 1400]) {
      const ticks = axisTicks(build(width)).filter((t) => t.label !== null);
      const boxes = ticks.map((t): [number, number] => {
        const w = tickLabelWidth(t.label!, undefined, t.unit === 'day');
        return t.anchor === 'middle'
          ? [t.labelX - w / 2, t.labelX + w / 2]
          : [t.labelX, t.labelX + w];
      });
      for (const [a, b] of boxes) {
        expect(a).toBeGreaterThanOrEqual(-1);
        expect(b).toBeLessThanOrEqual(width + 1);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(boxes[i]![1] <= boxes[j]![0] || boxes[j]![1] <= boxes[i]![0]).toBe(true);
      expect(ticks.length).toBeGreaterThan(3);
    }
  });

  it('uses shorter day labels when the week is narrow', () => {
    const days = axisTicks(build(320)).filter((t) => t.unit === 'day');
    expect(days.map((t) => t.label).filter((l) => l !== null)).not.toContain('Fri 5 Oct');
  });

  it('puts gridlines on day boundaries, in order', () => {
    const ticks = axisTicks(build(760));
    const scale = build(760);
    for (const t of ticks) expect(t.x).toBeCloseTo(scale.x(t.day), 9);
  });
});

describe('segmentCaptions', () => {
  it('names the wide week and marks the rest as compressed', () => {
    const captions = segmentCaptions(build(760));
    expect(captions.map((c) => c.kind)).toEqual(['context', 'focus', 'context']);
    expect(captions[1]!.text).toBe('5–9 Oct 2018');
    expect(captions[0]!.text).toMatch(/^\d+× compressed$/);
    expect(captions[2]!.text).toMatch(/compressed$/);
    expect(captions[0]!.compression).toBeGreaterThan(50);
  });

  it('gives the dates too where there is room', () => {
    expect(segmentCaptions(build(1800))[0]!.text).toMatch(/^1 Jun – 4 Oct 2018 · \d+× compressed$/);
  });
});

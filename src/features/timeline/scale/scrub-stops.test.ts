import { describe, expect, it } from 'vitest';
import { dayNumber, daySpanOf } from '../../../model/day-number';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { dayAtSliderX, scrubStops, sliderX, stepStop } from './scrub-stops';
import { buildTimeScale } from './time-scale';

const bundle = seedBundle();
const spans = bundle.events.map((e) => daySpanOf(e.when));
const posted = dayNumber('2018-10-08');
const scale = buildTimeScale(spans, [posted], { width: 760 });
const must = [...spans.flatMap((s) => [s.first, s.last]), posted];
const stops = scrubStops(scale, must);

describe('the as-of slider', () => {
  it('maps a day to the end of that day and back', () => {
    for (let d = scale.domain[0]; d < scale.domain[1]; d++)
      expect(dayAtSliderX(scale, sliderX(scale, d))).toBe(d);
  });

  it('picks the day under any x, clamped to the story', () => {
    const oct6 = dayNumber('2018-10-06');
    const mid = (scale.x(oct6) + scale.x(oct6 + 1)) / 2;
    expect(dayAtSliderX(scale, mid)).toBe(oct6);
    expect(dayAtSliderX(scale, -50)).toBe(scale.domain[0]);
    expect(dayAtSliderX(scale, 10_000)).toBe(scale.domain[1] - 1);
  });

  it('stops on every day of the busy week and on every event day', () => {
    for (let d = dayNumber('2018-10-05'); d <= dayNumber('2018-10-09'); d++)
      expect(stops).toContain(d);
    for (const d of must) expect(stops).toContain(d);
    expect(stops[0]).toBe(scale.domain[0]);
    expect(stops.at(-1)).toBe(scale.domain[1] - 1);
    // Compressed stretches get coarse stops: far fewer than one per day.
    expect(stops.length).toBeLessThan((scale.domain[1] - scale.domain[0]) / 3);
  });

  it('steps between stops and stays put at the ends', () => {
    const oct7 = dayNumber('2018-10-07');
    expect(stepStop(stops, oct7, 1)).toBe(oct7 + 1);
    expect(stepStop(stops, oct7, -1)).toBe(oct7 - 1);
    expect(stepStop(stops, stops[0]!, -1)).toBe(stops[0]);
    expect(stepStop(stops, stops.at(-1)!, 1)).toBe(stops.at(-1));
    expect(stepStop([], 5, 1)).toBe(5);
  });
});

import type { TimeScale } from './time-scale';

/**
 * The "as of" slider shares the chart's x: its value is the x of the end of the chosen day, so
 * the thumb stands on the rule that divides what had happened from what had not.
 */
export function sliderX(scale: TimeScale, day: number): number {
  return scale.x(day + 1);
}

/** The day whose end is at or just after x (so anywhere inside a day picks that day). */
export function dayAtSliderX(scale: TimeScale, x: number): number {
  const [d0, d1] = scale.domain;
  const day = Math.ceil(scale.invert(x) - 1e-9) - 1;
  return Math.min(d1 - 1, Math.max(d0, day));
}

/**
 * Days the slider's arrow keys stop on: every day where days are drawn wide, about one stop per
 * `minPx` where they are compressed, and always the days that matter (events' first and last
 * days, the posting day), so a key press never skips past an event.
 */
export function scrubStops(scale: TimeScale, mustDays: readonly number[], minPx = 8): number[] {
  const [d0, d1] = scale.domain;
  const must = new Set(mustDays.filter((d) => d >= d0 && d < d1));
  const stops: number[] = [];
  let lastX = -Infinity;
  for (let d = d0; d < d1; d++) {
    const x = sliderX(scale, d);
    if (must.has(d) || x - lastX >= minPx || d === d1 - 1) {
      stops.push(d);
      lastX = x;
    }
  }
  return stops;
}

/** The next stop after the day (direction 1) or before it (-1); stays put at either end. */
export function stepStop(stops: readonly number[], day: number, direction: 1 | -1): number {
  if (stops.length === 0) return day;
  if (direction === 1) return stops.find((s) => s > day) ?? stops.at(-1) ?? day;
  return stops.findLast((s) => s < day) ?? stops[0] ?? day;
}

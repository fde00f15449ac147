import { dayIso } from '../../../model/day-number';
import type { DaySpan } from '../../../model/day-number';

/**
 * The days "Play through time" stops on: each event's first possible day (when it enters the
 * picture), then the last day of all, where every event is settled. ISO days, in order.
 */
export function playSteps(spans: readonly DaySpan[]): string[] {
  if (spans.length === 0) return [];
  const days = new Set(spans.map((s) => s.first));
  days.add(Math.max(...spans.map((s) => s.last)));
  return [...days].sort((a, b) => a - b).map(dayIso);
}

/**
 * Where Play starts: from the beginning when nothing is set or the end was reached, otherwise
 * from the step after the current day (so Pause then Play resumes).
 */
export function playStart(steps: readonly string[], asOf: string | null): string | null {
  const last = steps.at(-1);
  if (last === undefined) return null;
  if (asOf === null || asOf >= last) return steps[0] ?? null;
  return nextPlayStep(steps, asOf);
}

/** The first step after the day, or null at the end. */
export function nextPlayStep(steps: readonly string[], asOf: string): string | null {
  return steps.find((s) => s > asOf) ?? null;
}

/** The last step before the day, or null at the start. */
export function previousPlayStep(steps: readonly string[], asOf: string): string | null {
  return steps.findLast((s) => s < asOf) ?? null;
}

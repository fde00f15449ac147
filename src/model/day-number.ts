import type { When } from '../bundle/bundle-schema';
import { earliestDay, latestDay } from '../bundle/check-bundle-rules';

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whole days since 1970-01-01, counted in UTC: date arithmetic becomes integer arithmetic and no
 * reader's time zone can move a day. Throws on anything but YYYY-MM-DD (callers pass checked dates).
 */
export function dayNumber(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/** The YYYY-MM-DD of a day number. */
export function dayIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The first and last day (inclusive) a date of any precision can mean, as day numbers. */
export interface DaySpan {
  first: number;
  last: number;
}

/** "Sep 2018" spans 1–30 Sep; "2019" the whole year; a range from its start's first day to its end's last. */
export function daySpanOf(when: When): DaySpan {
  return {
    first: dayNumber(earliestDay(when.start)),
    last: dayNumber(latestDay(when.end ?? when.start)),
  };
}

import type { When } from '../bundle/bundle-schema';
import { earliestDay, latestDay } from '../bundle/check-bundle-rules';

// A year of 4 to 6 digits, optionally signed: views pad a range by a day or a tick, so the day
// after 9999-12-31 (10000-01-01) and the day before 0000-01-01 (-0001-12-31) must round-trip.
const ISO_DAY = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;

/** The calendar parts of a day number (proleptic Gregorian, the same calendar the bundle uses). */
export interface CivilDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/**
 * Day number from calendar parts, by arithmetic (H. Hinnant's days_from_civil): `Date.UTC` maps
 * years 0–99 to 1900–1999, so no Date object is involved.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar parts of a day number (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): CivilDay {
  const z = Math.floor(days) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Whole days since 1970-01-01: date arithmetic becomes integer arithmetic and no reader's time
 * zone can move a day. Throws on anything but YYYY-MM-DD (callers pass checked dates).
 */
export function dayNumber(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The YYYY-MM-DD of a day number; years past 9999 or before 0 keep all their digits. */
export function dayIso(day: number): string {
  const { year, month, day: d } = civilFromDays(day);
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day of the week, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((Math.floor(day) + 4) % 7) + 7) % 7;
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

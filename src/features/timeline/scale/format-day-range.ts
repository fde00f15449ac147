import { dayIso } from '../../../model/day-number';
import { formatPartialDate } from '../../../model/format-date';

/** "6 Oct 2018" for a day number. */
export function formatDay(day: number): string {
  return formatPartialDate(dayIso(day));
}

/**
 * Inclusive days as few words as read well: "5 Oct 2018", "5–9 Oct 2018", "1 Jun – 4 Oct 2018",
 * "10 Oct 2018 – 31 Dec 2019".
 */
export function formatDayRange(first: number, last: number): string {
  const a = formatDay(first);
  if (last <= first) return a;
  const b = formatDay(last);
  const [ad, am, ay] = a.split(' ');
  const [bd, bm, by] = b.split(' ');
  if (ay !== by) return `${a} – ${b}`;
  if (am !== bm) return `${ad} ${am} – ${b}`;
  return `${ad}–${bd} ${bm} ${by}`;
}

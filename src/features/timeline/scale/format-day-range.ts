import { civilFromDays } from '../../../model/day-number';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "6 Oct 2018" for a day number (from calendar parts, so year 10000 and year -1 read right). */
export function formatDay(day: number): string {
  const { year, month, day: d } = civilFromDays(day);
  return `${d} ${MONTHS[month - 1] ?? ''} ${year}`;
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

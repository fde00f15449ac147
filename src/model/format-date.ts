const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2018-10-08T17:06:00+09:00" -> "8 Oct 2018, 17:06 UTC+09:00"; a date alone ("2018-10-08") ->
 * "8 Oct 2018", with no time, since none is known.
 * Shown in the article's own offset, not the reader's: the posting time is a fact about the source.
 */
export function formatPublished(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatPublishedDay(iso);
  const m =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi, off] = m;
  const offset = off === 'Z' ? 'UTC' : `UTC${off}`;
  return `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}, ${h}:${mi} ${offset}`;
}

/** "2018-10-08T17:06:00+09:00" -> "8 Oct 2018". */
export function formatPublishedDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** A partial date as words: "2018" | "Sep 2018" | "5 Oct 2018". */
export function formatPartialDate(date: string): string {
  const [y, mo, d] = date.split('-');
  if (mo === undefined) return y ?? date;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

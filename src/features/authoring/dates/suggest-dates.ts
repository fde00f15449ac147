import type * as chronoEn from 'chrono-node/en';

/** A date expression found in the text, resolved at the precision it really has. */
export interface DateSuggestion {
  /** The article's own words (what `when.text` keeps). */
  text: string;
  /** UTF-16 offsets of those words in the text. */
  start: number;
  end: number;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  resolved: string;
  /** The end of a range ("August 12–17"), same forms. */
  resolvedEnd?: string;
  precision: 'year' | 'month' | 'day';
}

type Chrono = typeof chronoEn;
type Components = ReturnType<Chrono['parse']>[number]['start'];

/** The posting moment as chrono's reference: the instant and the article's own UTC offset. */
export function referenceOf(published: string): { instant: Date; timezone: number } {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|([+-])(\d{2}):(\d{2})))?$/.exec(
      published,
    );
  if (m === null) return { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // A date alone: noon on that day, so "yesterday" and "tomorrow" stay on the right days.
  if (m[4] === undefined) return { instant: new Date(Date.UTC(y, mo - 1, d, 12)), timezone: 0 };
  const offset = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  const local = Date.UTC(y, mo - 1, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return { instant: new Date(local - offset * 60_000), timezone: offset };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function precisionOf(c: Components): DateSuggestion['precision'] | null {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

function resolve(c: Components, precision: DateSuggestion['precision']): string {
  const y = pad(c.get('year') ?? 0, 4);
  if (precision === 'year') return y;
  const mo = `${y}-${pad(c.get('month') ?? 1)}`;
  return precision === 'month' ? mo : `${mo}-${pad(c.get('day') ?? 1)}`;
}

/**
 * Date expressions in the text, each resolved against the posting date at its own precision:
 * "last month" is a month ("2018-09"), "next year" a year, "on Oct. 5" a day; a day range
 * written "August 12–17" keeps both ends. Times of day alone are not dates and are skipped.
 */
export function suggestDates(chrono: Chrono, text: string, published: string): DateSuggestion[] {
  const reference = referenceOf(published);
  const out: DateSuggestion[] = [];
  for (const r of chrono.parse(text, reference)) {
    const precision = precisionOf(r.start);
    if (precision === null) continue;
    let words = r.text.replace(/[\s,;:.]+$/u, '');
    // "Aug." keeps its dot; "September." at a sentence end does not.
    if (
      /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(words) &&
      r.text.startsWith(`${words}.`)
    )
      words = `${words}.`;
    const start = r.index;
    let end = start + words.length;
    const suggestion: DateSuggestion = {
      text: words,
      start,
      end,
      resolved: resolve(r.start, precision),
      precision,
    };
    if (r.end !== null && r.end !== undefined) {
      const endPrecision = precisionOf(r.end);
      if (endPrecision !== null) suggestion.resolvedEnd = resolve(r.end, endPrecision);
    } else if (precision === 'day') {
      // chrono stops at "August 12" in "August 12–17"; the second day belongs to the range.
      const tail = /^\s*[–—-]\s*(\d{1,2})\b/.exec(text.slice(end));
      const day = tail === null ? NaN : Number(tail[1]);
      const first = Number(suggestion.resolved.slice(8));
      if (tail !== null && day > first && day <= 31) {
        end += tail[0].length;
        suggestion.text = text.slice(start, end);
        suggestion.end = end;
        suggestion.resolvedEnd = `${suggestion.resolved.slice(0, 8)}${pad(day)}`;
      }
    }
    out.push(suggestion);
  }
  return out;
}

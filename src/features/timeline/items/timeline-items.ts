import type { Bundle, BundleEvent } from '../../../bundle/bundle-schema';
import { timeStatus, type TimeStatus } from '../../../model/as-of';
import { daySpanOf } from '../../../model/day-number';
import { describeWhen, STATUS_WORDS } from '../../../model/describe-items';
import { formatPartialDate } from '../../../model/format-date';

/** One event as the timeline draws it. */
export interface TimelineItem {
  id: string;
  event: BundleEvent;
  /** Inclusive day numbers: every day the event's date can mean. */
  first: number;
  last: number;
  /** The words beside the mark: "Planned: Trilateral talks … · on Oct. 9". */
  label: string;
  /** Where it stands on the "as of" day, compared at its own precision. */
  time: TimeStatus;
}

const STATUS_PREFIX = { happened: '', planned: 'Planned', expected: 'Expected' } as const;

/**
 * "Planned: …", "Inferred: …", "Expected, inferred: …": what is not a plain stated fact says so in
 * words, beside the line style and the double outline that also mark it.
 */
function labelPrefix(event: BundleEvent): string {
  const words = [STATUS_PREFIX[event.status], event.basis === 'inferred' ? 'inferred' : '']
    .filter((w) => w !== '')
    .join(', ');
  return words === '' ? '' : `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}: `;
}

/**
 * The bundle's events in time order (first possible day, then the shorter span, then the
 * bundle's own order), each placed against the "as of" day.
 */
export function timelineItems(bundle: Bundle, asOf: string | null): TimelineItem[] {
  return bundle.events
    .map((event, index) => ({ event, index, ...daySpanOf(event.when) }))
    .sort((a, b) => a.first - b.first || a.last - b.last || a.index - b.index)
    .map(({ event, first, last }) => ({
      id: event.id,
      event,
      first,
      last,
      // The status is a word, not only a line style: colour and dashes are never the only signal.
      // A no-break space before the dot: a line never starts with "· last month".
      label: `${labelPrefix(event)}${event.label}\u00a0· ${event.when.text.trim()}`,
      time: timeStatus(event.when, asOf),
    }));
}

/** "unsure as of 6 Oct 2018" / "later than 6 Oct 2018"; nothing when the item is settled. */
export function asOfWords(time: TimeStatus, asOf: string | null): string | null {
  if (asOf === null) return null;
  if (time === 'uncertain') return `unsure as of ${formatPartialDate(asOf)}`;
  if (time === 'future') return `later than ${formatPartialDate(asOf)}`;
  return null;
}

/**
 * What a screen reader says for a mark: "Choe Son-hui and Kong Xuanyou hold … in Beijing,
 * happened, On Oct. 5 · 5 Oct 2018", then where it stands on the "as of" day if that matters.
 */
export function eventAccessibleName(item: TimelineItem, asOf: string | null): string {
  const basis = item.event.basis === 'inferred' ? ', inferred' : '';
  const base = `${item.event.label}, ${STATUS_WORDS[item.event.status]}${basis}, ${describeWhen(item.event.when)}`;
  const when = asOfWords(item.time, asOf);
  return when === null ? base : `${base}, ${when}`;
}

/** How many events are settled, unsure or still ahead on the "as of" day. */
export function asOfCounts(items: readonly TimelineItem[]): {
  known: number;
  unsure: number;
  later: number;
} {
  return {
    known: items.filter((i) => i.time === 'past').length,
    unsure: items.filter((i) => i.time === 'uncertain').length,
    later: items.filter((i) => i.time === 'future').length,
  };
}

import type { Bundle, Span, When } from '../bundle/bundle-schema';
import { earliestDay, latestDay } from '../bundle/check-bundle-rules';
import { spansOverlap } from './spans-overlap';

/**
 * Where a dated item stands on an "as of" day, comparing at the item's own precision:
 * - past: wholly on or before the day (5 Oct as of 6 Oct; Sep 2018 as of 1 Oct);
 * - uncertain: the day falls inside the item's range (Oct 2018 as of 6 Oct: it may not have
 *   happened yet), so views show it, marked as unsure;
 * - future: starts after the day (next year as of Oct 2018).
 * An item without a date is timeless (always shown).
 */
export type TimeStatus = 'past' | 'uncertain' | 'future' | 'timeless';

export function timeStatus(when: When | undefined, asOf: string | null): TimeStatus {
  if (when === undefined) return 'timeless';
  if (asOf === null) return 'past';
  const first = earliestDay(when.start);
  const last = latestDay(when.end ?? when.start);
  if (last <= asOf) return 'past';
  if (first > asOf) return 'future';
  return 'uncertain';
}

/** Shown as of the day: everything but the future. */
export function isKnownBy(when: When | undefined, asOf: string | null): boolean {
  return timeStatus(when, asOf) !== 'future';
}

/**
 * Spans of the article that speak only of what lies after the day: every item whose evidence
 * touches the span is in the future. The reader dims these.
 */
export function futureOnlyPassages(
  bundle: Bundle,
  passages: readonly Span[],
  asOf: string | null,
): Span[] {
  if (asOf === null) return [];
  const dated: { when?: When | undefined; evidence: Span[] }[] = [
    ...bundle.relations,
    ...bundle.events,
    ...bundle.journeys.flatMap((j) => j.legs),
  ];
  return passages.filter((p) => {
    const items = dated.filter(
      (d) => d.evidence.some((e) => spansOverlap(e, p)) && d.when !== undefined,
    );
    return items.length > 0 && items.every((d) => timeStatus(d.when, asOf) === 'future');
  });
}

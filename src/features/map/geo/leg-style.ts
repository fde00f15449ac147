import type { Leg } from '../../../bundle/bundle-schema';

/**
 * How sure the article is of a leg, as the line style says it: solid for a reported trip,
 * dashed for one the bundle infers, dotted for one announced but not (yet) made. The network
 * uses the same grammar (solid stated, dashed inferred, dotted planned).
 */
export type LegStyle = 'reported' | 'inferred' | 'planned';

export const LEG_STYLES: readonly LegStyle[] = ['reported', 'inferred', 'planned'];

export const LEG_STYLE_LABEL: Record<LegStyle, string> = {
  reported: 'Reported',
  inferred: 'Inferred',
  planned: 'Planned or expected',
};

export const LEG_STYLE_NOTE: Record<LegStyle, string> = {
  reported: 'the article says the trip was made',
  inferred: 'the trip happened; its start or route is inferred',
  planned: 'announced or expected, not yet made',
};

/** stroke-dasharray per style (round caps turn the short dashes into dots). */
export const LEG_DASH: Record<LegStyle, string | null> = {
  reported: null,
  inferred: '8 5',
  planned: '0.5 5.5',
};

/** Planned beats inferred: a trip not yet made is the stronger caveat. */
export function legStyle(leg: Pick<Leg, 'status' | 'basis'>): LegStyle {
  if (leg.status === 'planned' || leg.status === 'expected') return 'planned';
  return leg.basis === 'inferred' ? 'inferred' : 'reported';
}

/** The basis column of the itinerary in words: "Reported", "Inferred", "Expected (inferred)". */
export function legBasisWords(leg: Pick<Leg, 'status' | 'basis'>): string {
  if (leg.status === 'happened') return leg.basis === 'stated' ? 'Reported' : 'Inferred';
  const status = leg.status === 'planned' ? 'Planned' : 'Expected';
  return leg.basis === 'inferred' ? `${status} (inferred)` : status;
}

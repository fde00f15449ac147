import type { LabelLine } from './label-geometry';
import type { MapLeg } from './map-model';

/** Why a leg carries no label of its own (its words are shown on hover and focus). */
export type LegLabelRule = 'shared' | 'undated';

/** What a leg's label says on the map, and what it says when asked for (hover, focus). */
export interface LegLabelPlan {
  /** The placed label's lines; empty when another leg's label speaks for it, or it has no date. */
  lines: LabelLine[];
  /** Why `lines` is empty; null when the leg has a label. */
  rule: LegLabelRule | null;
  /** The leg's own words — traveller and date — shown beside it on demand. */
  own: LabelLine[];
}

const dateLine = (leg: MapLeg): LabelLine[] =>
  leg.when ? [{ text: leg.when.text, style: 'date', entity: null }] : [];

/**
 * Leg labels that say each thing once. A traveller is named on their first leg drawn (the Key
 * names them too, in their colour); every other leg says only its date in the article's words,
 * beside its numbered marker. Legs along the same route, in the same direction, with the same
 * words for the date (four delegates flying Addis Ababa → Nairobi "on May 16") share one label
 * on the first of them: the date once, and the travellers it is the first leg of — by name for
 * one or two, as "3 travellers" beyond that. A leg with no date and no name to give has no
 * label: its numbered marker says which leg it is.
 *
 * `shown` lists the legs drawn with a marker, in bundle order; the rest get no plan.
 */
export function legLabelPlans(shown: readonly MapLeg[]): Map<string, LegLabelPlan> {
  const firstOf = new Map<string, string>();
  for (const leg of shown) if (!firstOf.has(leg.traveler)) firstOf.set(leg.traveler, leg.id);

  const groups = new Map<string, MapLeg[]>();
  for (const leg of shown) {
    const key = JSON.stringify([leg.from, leg.to, leg.when?.text ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), leg]);
  }

  const plans = new Map<string, LegLabelPlan>();
  for (const members of groups.values()) {
    const [bearer, ...rest] = members as [MapLeg, ...MapLeg[]];
    const firsts = members.filter((l) => firstOf.get(l.traveler) === l.id);
    const names: LabelLine[] =
      firsts.length > 2
        ? [{ text: `${firsts.length} travellers`, style: 'traveller', entity: null }]
        : firsts.map((l) => ({ text: l.travelerName, style: 'traveller', entity: null }));
    const lines = [...names, ...dateLine(bearer)];
    plans.set(bearer.id, {
      lines,
      rule: lines.length > 0 ? null : 'undated',
      own: [{ text: bearer.travelerName, style: 'traveller', entity: null }, ...dateLine(bearer)],
    });
    for (const leg of rest)
      plans.set(leg.id, {
        lines: [],
        rule: 'shared',
        own: [{ text: leg.travelerName, style: 'traveller', entity: null }, ...dateLine(leg)],
      });
  }
  return plans;
}

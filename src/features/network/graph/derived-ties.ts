import type { Bundle, Relation } from '../../../bundle/bundle-schema';

/** What a network line stands for: a relation, or a journey leg or event the graph reads as one. */
export type TieSource = 'relation' | 'leg' | 'event';

/** A line the bundle implies without stating it as a relation. */
export interface DerivedTie {
  /** The bundle id of the leg or event it comes from (the line's data-leg / data-event). */
  from: TieSource;
  relation: Relation;
}

/**
 * Lines the network draws that the bundle gives as journeys and events rather than relations
 * (docs/network.md, "Travel and events"):
 *
 * - **A leg is a visit to a state.** A leg that ends at a place in a state (a city, an airport)
 *   or at a state itself is the traveller visiting that state ("visited Tokyo, Japan"); planned
 *   legs are "plans to visit". Skipped when a relation already says so, when the leg returns to
 *   the traveller's own state, or when it ends at a place with no state.
 * - **An event ties a participant who is otherwise alone.** A participant (not a place) with no
 *   relation to any other participant of an event is joined to the event's best-connected other
 *   participant, marked as inferred, with the event's words. At most one such line per event, so
 *   each line is one event; the event's evidence is its evidence.
 *
 * `drawn` is the set of entity ids the network shows; `own` each entity's own state, if any.
 */
export function derivedTies(
  bundle: Bundle,
  drawn: ReadonlySet<string>,
  relations: readonly Relation[],
): DerivedTie[] {
  const entity = new Map(bundle.entities.map((e) => [e.id, e]));
  const name = (id: string) => entity.get(id)?.name ?? id;
  const stateOf = (id: string): string | null => {
    const e = entity.get(id);
    if (!e) return null;
    if (e.kind === 'country') return e.id;
    return e.country !== undefined && drawn.has(e.country) ? e.country : null;
  };
  // Pairs and degrees are asked of events' participants only: kept for them alone, a story of
  // 30,000 relations builds a few hundred keys instead of 30,000.
  const participants = new Set<string>();
  for (const event of bundle.events) for (const p of event.participants) participants.add(p);
  const pairs = new Set<string>();
  const joined = (a: string, b: string) =>
    pairs.has(`${a}\u0000${b}`) || pairs.has(`${b}\u0000${a}`);
  const pair = (r: Relation) => {
    if (participants.has(r.source) && participants.has(r.target))
      pairs.add(`${r.source}\u0000${r.target}`);
  };
  for (const r of relations) pair(r);
  const visits = new Set(
    relations
      .filter((r) => r.kind === 'visits' || r.kind === 'plans-visit')
      .map((r) => `${r.source}\u0000${r.target}`),
  );

  const out: DerivedTie[] = [];
  for (const journey of bundle.journeys) {
    const traveller = journey.traveler;
    if (!drawn.has(traveller)) continue;
    const home = stateOf(traveller);
    for (const leg of journey.legs) {
      const state = stateOf(leg.to);
      if (state === null || state === home || state === traveller) continue;
      if (visits.has(`${traveller}\u0000${state}`)) continue;
      visits.add(`${traveller}\u0000${state}`);
      const planned = leg.status !== 'happened';
      const where = leg.to === state ? name(state) : `${name(leg.to)}, ${name(state)}`;
      out.push({
        from: 'leg',
        relation: {
          id: leg.id,
          kind: planned ? 'plans-visit' : 'visits',
          source: traveller,
          target: state,
          label: `${name(traveller)} ${planned ? 'plans to visit' : 'visited'} ${where}`,
          ...(leg.when ? { when: leg.when } : {}),
          basis: leg.basis,
          evidence: leg.evidence,
        },
      });
    }
  }

  const degree = new Map<string, number>();
  for (const t of out) pair(t.relation);
  const count = (id: string) => {
    if (participants.has(id)) degree.set(id, (degree.get(id) ?? 0) + 1);
  };
  for (const list of [relations, out.map((t) => t.relation)])
    for (const r of list) {
      count(r.source);
      count(r.target);
    }
  for (const event of bundle.events) {
    const people = event.participants.filter((p) => drawn.has(p));
    if (people.length < 2) continue;
    // The least connected of those joined to no one else at the event (an organisation named
    // only there), so the line reaches it rather than coming from the event's main actor.
    const alone = people
      .filter((p) => people.every((q) => q === p || !joined(p, q)))
      .sort((a, b) => (degree.get(a) ?? 0) - (degree.get(b) ?? 0))[0];
    if (alone === undefined) continue;
    const others = people.filter((q) => q !== alone);
    const hub = others.reduce((best, q) =>
      (degree.get(q) ?? 0) > (degree.get(best) ?? 0) ? q : best,
    );
    pairs.add(`${alone}\u0000${hub}`);
    out.push({
      from: 'event',
      relation: {
        id: event.id,
        kind: 'shares-event',
        source: alone,
        target: hub,
        label: `${name(alone)} and ${name(hub)}: ${event.label}`,
        when: event.when,
        basis: 'inferred',
        evidence: event.evidence,
      },
    });
  }
  return out;
}

/** The testing contract's attribute for a line: data-relation, data-leg or data-event. */
export function tieAttribute(from: TieSource): 'data-relation' | 'data-leg' | 'data-event' {
  return from === 'leg' ? 'data-leg' : from === 'event' ? 'data-event' : 'data-relation';
}

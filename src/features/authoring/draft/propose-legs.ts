import type { Bundle, Leg } from '../../../bundle/bundle-schema';

/**
 * Legs for a traveller from the places in reading order: the places and countries named in the
 * sentences that name the traveller, and in the sentences after one of those that name no other
 * person ("She flew on to Addis Ababa"); headlines are left to the caller to leave out. A
 * country named beside one of its own places is the same stop; consecutive repeats are one
 * stop; each pair of successive stops is one leg, citing the sentence that names its
 * destination, marked stated. The user checks dates and status.
 */
export function proposeLegs(
  bundle: Bundle,
  traveler: string,
  sentences: readonly { start: number; end: number }[],
  idFor: (n: number) => string,
): Leg[] {
  const kinds = new Map(bundle.entities.map((e) => [e.id, e]));
  const isStop = (id: string) => {
    const e = kinds.get(id);
    return (
      e !== undefined && (e.kind === 'place' || e.kind === 'country') && e.location !== undefined
    );
  };
  const inside = (s: { start: number; end: number }) =>
    bundle.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const scope: { start: number; end: number }[] = [];
  let following = false;
  for (const s of sentences) {
    const named = inside(s);
    const namesTraveler = named.some((m) => m.entity === traveler);
    const namesOther = named.some(
      (m) => m.entity !== traveler && kinds.get(m.entity)?.kind === 'person',
    );
    if (namesTraveler || (following && !namesOther)) scope.push(s);
    following = namesTraveler || (following && !namesOther);
  }
  const stops: { id: string; sentence: { start: number; end: number } }[] = [];
  for (const s of scope) {
    const named = inside(s);
    for (const m of named)
      if (isStop(m.entity) && m.entity !== traveler) {
        // A country named beside one of its own places is that place's stop.
        if (named.some((o) => kinds.get(o.entity)?.country === m.entity)) continue;
        // A country right after one of its own places ("Bogotá, Colombia") is the same stop.
        const last = stops[stops.length - 1];
        if (
          last !== undefined &&
          (last.id === m.entity || kinds.get(last.id)?.country === m.entity)
        )
          continue;
        stops.push({ id: m.entity, sentence: s });
      }
  }
  const legs: Leg[] = [];
  for (let i = 1; i < stops.length; i += 1) {
    const from = stops[i - 1];
    const to = stops[i];
    if (from === undefined || to === undefined || from.id === to.id) continue;
    legs.push({
      id: idFor(legs.length + 1),
      from: from.id,
      to: to.id,
      status: 'happened',
      basis: 'stated',
      evidence: [to.sentence],
    });
  }
  return legs;
}

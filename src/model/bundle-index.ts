import type {
  Bundle,
  BundleEvent,
  Entity,
  Journey,
  Leg,
  Mention,
  Relation,
} from '../bundle/bundle-schema';

/** A leg with the journey it belongs to and its place in it (1-based), for names like "Leg 2 of 2". */
export interface IndexedLeg {
  leg: Leg;
  journey: Journey;
  number: number;
  of: number;
}

/** Look-ups every view needs, built once per bundle. */
export interface BundleIndex {
  entities: Map<string, Entity>;
  relations: Map<string, Relation>;
  events: Map<string, BundleEvent>;
  legs: Map<string, IndexedLeg>;
  mentionsByEntity: Map<string, Mention[]>;
  relationsByEntity: Map<string, Relation[]>;
  eventsByEntity: Map<string, BundleEvent[]>;
  legsByEntity: Map<string, IndexedLeg[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Adds `value` under each key once: a self-relation (source = target) or an event whose place is
 * also a participant is listed once. A set per item, not `includes` on the list, which was
 * quadratic for an entity named 100,000 times.
 */
function pushUnder<K, V>(map: Map<K, V[]>, keys: readonly K[], value: V) {
  const seen = keys.length > 1 ? new Set<K>() : null;
  for (const key of keys) {
    if (seen !== null) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    push(map, key, value);
  }
}

const cache = new WeakMap<Bundle, BundleIndex>();

/** Memoised per bundle object: views call it freely. */
export function indexBundle(bundle: Bundle): BundleIndex {
  const hit = cache.get(bundle);
  if (hit) return hit;
  const index: BundleIndex = {
    entities: new Map(bundle.entities.map((e) => [e.id, e])),
    relations: new Map(bundle.relations.map((r) => [r.id, r])),
    events: new Map(bundle.events.map((e) => [e.id, e])),
    legs: new Map(),
    mentionsByEntity: new Map(),
    relationsByEntity: new Map(),
    eventsByEntity: new Map(),
    legsByEntity: new Map(),
  };
  for (const m of bundle.mentions) push(index.mentionsByEntity, m.entity, m);
  for (const r of bundle.relations) pushUnder(index.relationsByEntity, [r.source, r.target], r);
  for (const e of bundle.events)
    pushUnder(
      index.eventsByEntity,
      e.place === undefined ? e.participants : [...e.participants, e.place],
      e,
    );
  for (const journey of bundle.journeys) {
    journey.legs.forEach((leg, i) => {
      const indexed = { leg, journey, number: i + 1, of: journey.legs.length };
      index.legs.set(leg.id, indexed);
      pushUnder(index.legsByEntity, [journey.traveler, leg.from, leg.to], indexed);
    });
  }
  cache.set(bundle, index);
  return index;
}

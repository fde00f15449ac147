import type {
  Bundle,
  BundleEvent,
  Entity,
  Journey,
  Leg,
  Mention,
  Relation,
} from '../bundle/bundle-schema';
import { runSlice } from '../lib/run-slice';

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
/** Indexes being built over several tasks (see prepareIndexSlice). */
const building = new WeakMap<Bundle, Iterator<void>>();

/** Items indexed between two pauses of a sliced build. */
const ITEMS_PER_STEP = 4000;

/**
 * The index, built item by item with a pause every ITEMS_PER_STEP items, in the order
 * indexBundle always used (so a sliced build and a whole one give the same maps). Stores the
 * index in the cache when it ends.
 */
function* indexSteps(bundle: Bundle): Generator<void, void, void> {
  const index: BundleIndex = {
    entities: new Map(),
    relations: new Map(),
    events: new Map(),
    legs: new Map(),
    mentionsByEntity: new Map(),
    relationsByEntity: new Map(),
    eventsByEntity: new Map(),
    legsByEntity: new Map(),
  };
  let n = 0;
  const pause = () => (n += 1) % ITEMS_PER_STEP === 0;
  for (const e of bundle.entities) {
    index.entities.set(e.id, e);
    if (pause()) yield;
  }
  for (const r of bundle.relations) {
    index.relations.set(r.id, r);
    if (pause()) yield;
  }
  for (const e of bundle.events) {
    index.events.set(e.id, e);
    if (pause()) yield;
  }
  for (const m of bundle.mentions) {
    push(index.mentionsByEntity, m.entity, m);
    if (pause()) yield;
  }
  for (const r of bundle.relations) {
    pushUnder(index.relationsByEntity, [r.source, r.target], r);
    if (pause()) yield;
  }
  for (const e of bundle.events) {
    pushUnder(
      index.eventsByEntity,
      e.place === undefined ? e.participants : [...e.participants, e.place],
      e,
    );
    if (pause()) yield;
  }
  for (const journey of bundle.journeys) {
    for (const [i, leg] of journey.legs.entries()) {
      const indexed = { leg, journey, number: i + 1, of: journey.legs.length };
      index.legs.set(leg.id, indexed);
      pushUnder(index.legsByEntity, [journey.traveler, leg.from, leg.to], indexed);
    }
    if (pause()) yield;
  }
  cache.set(bundle, index);
}

/** Memoised per bundle object: views call it freely. A build begun in slices is finished now. */
export function indexBundle(bundle: Bundle): BundleIndex {
  const hit = cache.get(bundle);
  if (hit) return hit;
  const steps = building.get(bundle) ?? indexSteps(bundle);
  building.delete(bundle);
  while (!steps.next().done);
  const index = cache.get(bundle);
  if (!index) throw new Error('The bundle index was not built.');
  return index;
}

/**
 * Builds the bundle's index ahead of need, one slice at a time: runs it for about `budgetMs`
 * (`now` is the clock) and says whether it is whole. A 20,000-entity story's index took one
 * task of 50–350 ms as the story opened (its first render asked for it, with nothing selected);
 * in slices it is ready before the first click without a long task.
 */
export function prepareIndexSlice(bundle: Bundle, budgetMs: number, now: () => number): boolean {
  if (cache.has(bundle)) return true;
  let steps = building.get(bundle);
  if (!steps) {
    steps = indexSteps(bundle);
    building.set(bundle, steps);
  }
  const done = runSlice(steps, budgetMs, now);
  if (done) building.delete(bundle);
  return done;
}

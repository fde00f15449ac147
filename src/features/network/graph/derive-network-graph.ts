import type { Bundle, BundleEvent, EntityKind, Relation } from '../../../bundle/bundle-schema';
import { countryGroups } from '../../../model/country-groups';
import { ENTITY_KINDS } from '../../../model/entity-kinds';
import type { NetworkEdge, NetworkGraph, NetworkNode } from './network-graph';
import { sortRelationKinds } from '../../../model/relation-kinds';
import { derivedTies, type TieSource } from './derived-ties';

/**
 * Kinds the network draws. Places are left out: they belong to the map, and the network's
 * "where" is already in each meeting's words ("met Kong Xuanyou in Beijing"). Relations that
 * end at a place (visits to a city) go with them and are shown on the map as journeys.
 */
export const NETWORK_KINDS: readonly EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'place');

/**
 * A relation is planned when the bundle says so in any of three ways: its kind is a plan, its
 * date falls after the day the article was posted, or an event on the same date joining both
 * ends is planned or expected (the annotator's status beats the calendar: talks "being held"
 * on the posting day had not happened yet).
 */
export function isPlannedRelation(
  bundle: Bundle,
  relation: Relation,
  unhappened: ReadonlyMap<string, readonly BundleEvent[]> = unhappenedEventsByDay(bundle),
): boolean {
  if (relation.kind === 'plans-visit') return true;
  const when = relation.when;
  if (when === undefined) return false;
  const postedDay = bundle.article.published.slice(0, 10);
  // Partial dates compare as strings: "2019" > "2018-10-08", and "2018-10" (the posting
  // month) is not after it.
  if (when.start > postedDay && !postedDay.startsWith(when.start)) return true;
  return (unhappened.get(when.start) ?? []).some(
    (e) => e.participants.includes(relation.source) && e.participants.includes(relation.target),
  );
}

/**
 * The events that had not happened by the posting day, by their start date: what
 * isPlannedRelation asks of every relation (made once, so a graph of 30,000 relations does not
 * go through every event for each).
 */
export function unhappenedEventsByDay(bundle: Bundle): Map<string, BundleEvent[]> {
  const out = new Map<string, BundleEvent[]>();
  for (const e of bundle.events) {
    if (e.status === 'happened') continue;
    const list = out.get(e.when.start);
    if (list) list.push(e);
    else out.set(e.when.start, [e]);
  }
  return out;
}

/**
 * Numbers the relations that join the same two nodes so each gets its own curve. An edge whose
 * lane does not change is kept as it is (most pairs have one relation, and a graph of 30,000
 * edges is numbered when derived and again for each filter).
 */
export function assignLanes(edges: readonly NetworkEdge[]): NetworkEdge[] {
  const pairKey = (e: NetworkEdge) =>
    e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
  const keys = edges.map(pairKey);
  const byPair = new Map<string, number>();
  for (const key of keys) byPair.set(key, (byPair.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return edges.map((e, k) => {
    const key = keys[k] ?? '';
    const count = byPair.get(key) ?? 1;
    const i = seen.get(key) ?? 0;
    seen.set(key, i + 1);
    const lane = i - (count - 1) / 2;
    return e.lane === lane && e.laneCount === count ? e : { ...e, lane, laneCount: count };
  });
}

/** The bundle's people, states, organisations and media, and the relations among them. */
export function deriveNetworkGraph(bundle: Bundle): NetworkGraph {
  const steps = deriveNetworkGraphSteps(bundle);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Items handled between two pauses of deriveNetworkGraphSteps' long loops. */
const ITEMS_PER_STEP = 5000;

/**
 * deriveNetworkGraph with pauses between its passes and every ITEMS_PER_STEP items of its long
 * loops, so a large story's graph can be derived over several tasks (network-geometry.ts,
 * prepareNetworkGraphSlice); the same graph either way.
 */
export function* deriveNetworkGraphSteps(bundle: Bundle): Generator<void, NetworkGraph, void> {
  const drawn = bundle.entities.filter((e) => NETWORK_KINDS.includes(e.kind));
  const ids = new Set(drawn.map((e) => e.id));
  const countries = new Set(drawn.filter((e) => e.kind === 'country').map((e) => e.id));
  yield;
  const groups = countryGroups(bundle);
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const c of g.countries) groupOf.set(c, g.id);
  yield;

  const mentions = new Map<string, number>();
  let n = 0;
  for (const m of bundle.mentions) {
    mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
    if (++n % (4 * ITEMS_PER_STEP) === 0) yield;
  }
  yield;

  const stated = bundle.relations.filter((r) => ids.has(r.source) && ids.has(r.target));
  const ties = derivedTies(bundle, ids, stated);
  yield;
  const from = new Map<string, TieSource>(ties.map((t) => [t.relation.id, t.from]));
  const relations = [...stated, ...ties.map((t) => t.relation)];
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    if (r.target !== r.source) degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  yield;

  const nodes: NetworkNode[] = drawn.map((entity) => {
    const country =
      entity.kind === 'country'
        ? entity.id
        : entity.country !== undefined && countries.has(entity.country)
          ? entity.country
          : null;
    return {
      id: entity.id,
      entity,
      kind: entity.kind,
      name: entity.name,
      mentions: mentions.get(entity.id) ?? 0,
      degree: degree.get(entity.id) ?? 0,
      country,
      group: country === null ? null : (groupOf.get(country) ?? null),
    };
  });
  yield;

  const unhappened = unhappenedEventsByDay(bundle);
  const unlaned: NetworkEdge[] = [];
  for (const relation of relations) {
    unlaned.push({
      id: relation.id,
      relation,
      from: from.get(relation.id) ?? 'relation',
      source: relation.source,
      target: relation.target,
      kind: relation.kind,
      basis: relation.basis,
      planned: isPlannedRelation(bundle, relation, unhappened),
      lane: 0,
      laneCount: 1,
    });
    if (unlaned.length % ITEMS_PER_STEP === 0) yield;
  }
  yield;
  const edges = assignLanes(unlaned);

  return {
    nodes,
    edges,
    groups,
    entityKinds: NETWORK_KINDS.filter((k) => nodes.some((n) => n.kind === k)),
    relationKinds: sortRelationKinds(edges.map((e) => e.kind)),
  };
}

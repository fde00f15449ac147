import type { MapScene } from '../map-scene-types';

/** A keyboard stop inside the map: `leg:<id>`, `entity:<id>` or `cluster:<id>` (a count). */
export type MapFocusKey = `leg:${string}` | `entity:${string}` | `cluster:${string}`;

/**
 * The order the arrow keys walk the map in, the map being one Tab stop: the legs drawn, journey
 * by journey in the order travelled, then every place and country marked, west to east (top to
 * bottom where they share a column), counts of places among them. Marks not drawn (a place named in passing with no room, a
 * leg wholly off the view) are skipped: focus never lands on something invisible.
 */
export function mapFocusOrder(scene: MapScene): MapFocusKey[] {
  const legs = scene.legs
    .filter((l) => l.mid !== null || l.arrow !== '')
    .map((l): MapFocusKey => `leg:${l.id}`);
  // Counts stand among the places, west to east, as one stop each.
  const places = [
    ...scene.places
      .filter((p) => p.marker !== null)
      .map((p) => ({ at: p.at, keys: p.targets.map((t): MapFocusKey => `entity:${t.id}`) })),
    ...scene.clusters.map((c) => ({ at: c.at, keys: [`cluster:${c.id}` as MapFocusKey] })),
  ]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.at[0] - b.p.at[0] || a.p.at[1] - b.p.at[1] || a.i - b.i)
    .flatMap(({ p }) => p.keys);
  return [...legs, ...places];
}

/** Where an arrow key, Home or End moves from `current`; null for any other key. */
export function moveFocus(
  order: readonly MapFocusKey[],
  current: MapFocusKey | null,
  key: string,
): MapFocusKey | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[Math.min(order.length - 1, i + 1)] ?? null;
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[Math.max(0, i - 1)] ?? null;
    case 'Home':
      return order[0] ?? null;
    case 'End':
      return order[order.length - 1] ?? null;
    default:
      return null;
  }
}

import type { Bundle } from '../../src/bundle/bundle-schema';

/** The node the bench clicks: the best-connected one the network draws (places are not drawn). */
export function hubOf(bundle: Bundle): string {
  return hubsOf(bundle, 1)[0] ?? '';
}

/** The `count` best-connected nodes the network draws, best first (ties in the order relations name them, as before). */
export function hubsOf(bundle: Bundle, count: number): string[] {
  const kinds = new Map(bundle.entities.map((e) => [e.id, e.kind]));
  const degree = new Map<string, number>();
  for (const r of bundle.relations) {
    if (r.source === r.target || kinds.get(r.source) === 'place' || kinds.get(r.target) === 'place')
      continue;
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  return [...degree]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id]) => id);
}

import type { Bundle } from '../bundle/bundle-schema';

/** Fill tone of a grouping; the first two have their own CSS variables (--group-warm/-cool). */
export type GroupTone = 'warm' | 'cool' | 'neutral';

/** States that line up together in the article, read from its "aligned-with" relations. */
export interface CountryGroup {
  /** "group-" + the lead country's id: stable while the lead stays the lead. */
  id: string;
  /** Country ids, the most-mentioned first, then in bundle order. */
  countries: string[];
  /** The member countries' names as a legend says them: "North Korea, China, Russia". */
  name: string;
  tone: GroupTone;
}

const TONES: readonly GroupTone[] = ['warm', 'cool'];

/**
 * Connected components of `relationKind` relations among countries, of two or more members.
 * Order and tone are a fixed rule so every view agrees: groups by their most-mentioned member
 * (ties: bundle order); the first is warm, the second cool, any further neutral. The most
 * mentioned member leads the name because the article's argument is told from it.
 */
export function countryGroups(bundle: Bundle, relationKind = 'aligned-with'): CountryGroup[] {
  const countries = bundle.entities.filter((e) => e.kind === 'country');
  const order = new Map(countries.map((c, i) => [c.id, i]));
  const mentions = new Map<string, number>();
  for (const m of bundle.mentions) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);

  // Union-find over country ids: small, exact, and independent of relation order.
  const parent = new Map(countries.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const r of bundle.relations) {
    if (r.kind !== relationKind || !parent.has(r.source) || !parent.has(r.target)) continue;
    const a = find(r.source);
    const b = find(r.target);
    if (a !== b) parent.set(b, a);
  }

  const members = new Map<string, string[]>();
  for (const c of countries) {
    const root = find(c.id);
    members.set(root, [...(members.get(root) ?? []), c.id]);
  }

  const byMentions = (a: string, b: string) =>
    (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const names = new Map(countries.map((c) => [c.id, c.name]));

  return [...members.values()]
    .filter((ids) => ids.length >= 2)
    .map((ids) => {
      const lead = [...ids].sort(byMentions)[0] ?? ids[0] ?? '';
      const rest = ids.filter((id) => id !== lead);
      return [lead, ...rest];
    })
    .sort((a, b) => byMentions(a[0] ?? '', b[0] ?? ''))
    .map((ids, i) => ({
      id: `group-${ids[0] ?? i}`,
      countries: ids,
      name: ids.map((id) => names.get(id) ?? id).join(', '),
      tone: TONES[i] ?? 'neutral',
    }));
}

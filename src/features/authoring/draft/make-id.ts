/**
 * An id from a name: letters and digits folded to ASCII lower case, joined by hyphens
 * ("Lucía Restrepo" → "lucia-restrepo"), unique among `taken` by a numeric suffix. Falls back to
 * `fallback` when nothing is left (a name in another script).
 */
export function makeId(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[Đđ]/g, 'd')
      .replace(/[Łł]/g, 'l')
      .replace(/[Øø]/g, 'o')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

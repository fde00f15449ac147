import type { Bundle } from './bundle-schema';
import type { BundleIssue } from './bundle-issue';
import { quoteId } from './describe-value';

/**
 * Things a valid bundle may hold but an author rarely means: a relation from an entity to
 * itself (drawn as nothing in the network) and a loop of `country` links (A belongs to B, B to
 * A: no state to sit beside). They do not stop the story opening; they are listed beside it.
 */
export function checkBundleWarnings(bundle: Bundle): BundleIssue[] {
  const warnings: BundleIssue[] = [];
  bundle.relations.forEach((r, i) => {
    if (r.source === r.target)
      warnings.push({
        path: `relations[${i}].target`,
        item: `relation ${i + 1} ${quoteId(r.id)}`,
        field: 'target',
        message: `is its own source ${quoteId(r.source)}; a relation from an entity to itself is not drawn`,
      });
  });

  const countryOf = new Map<string, string>();
  const position = new Map<string, number>();
  bundle.entities.forEach((e, i) => {
    position.set(e.id, i);
    if (e.country !== undefined) countryOf.set(e.id, e.country);
  });
  // Each entity is walked once; a walk that meets itself found a cycle, reported at the entity
  // of the cycle that comes first in the file so one loop gives one warning.
  const done = new Set<string>();
  for (const e of bundle.entities) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | undefined = e.id;
    while (at !== undefined && !done.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = countryOf.get(at);
    }
    if (at !== undefined && onPath.has(at)) {
      const loop = path.slice(path.indexOf(at));
      const first = loop.reduce((a, b) =>
        (position.get(a) ?? 0) <= (position.get(b) ?? 0) ? a : b,
      );
      const index = position.get(first) ?? 0;
      const shown = loop.length > 6 ? [...loop.slice(0, 6), '…'] : loop;
      warnings.push({
        path: `entities[${index}].country`,
        item: `entity ${index + 1} ${quoteId(first)}`,
        field: 'country',
        message:
          loop.length === 1
            ? 'is the entity itself; a country link should name the state it belongs to'
            : `goes round in a loop (${shown.map(quoteId).join(' → ')} → back); one of these country links is wrong`,
      });
    }
    for (const id of path) done.add(id);
  }
  return warnings;
}

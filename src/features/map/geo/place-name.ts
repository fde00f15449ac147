import type { MapModel } from './map-model';

/** A list in words: "A", "A and B", "A, B and C". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The accessible name of a place or country mark, as a person would say it:
 * "North Korea, country, at Pyongyang; grouped with China and Russia; 2 journey legs".
 */
export function placeName(
  model: MapModel,
  groups: readonly { countries: string[] }[],
  id: string,
  offView: boolean,
): string {
  const place = model.places.find((p) => p.id === id);
  if (!place) return id;
  const names = new Map(model.places.map((p) => [p.id, p.name]));
  const parts = [place.name, place.kind === 'country' ? 'country' : 'place'];
  if (place.kind === 'country')
    parts[1] = place.sharesDotWith
      ? `country, at ${names.get(place.sharesDotWith) ?? place.sharesDotWith}`
      : 'country, at its capital';
  const group = groups.find((g) => g.countries.includes(id));
  const partners = group?.countries.filter((c) => c !== id) ?? [];
  const clauses = [parts.join(', ')];
  if (partners.length > 0)
    clauses.push(`grouped with ${andList(partners.map((c) => names.get(c) ?? c))}`);
  const legs = model.legs.filter((l) => l.from === id || l.to === id).length;
  if (legs > 0) clauses.push(`${legs} journey leg${legs === 1 ? '' : 's'}`);
  if (offView) clauses.push('off the map; the arrow at the edge points to it');
  return clauses.join('; ');
}

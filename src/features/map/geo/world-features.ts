import type { Entity } from '../../../bundle/bundle-schema';

/**
 * Names a bundle may use for a country, mapped to the name Natural Earth (world-atlas) gives it.
 * Small on purpose: entity names and aliases usually match already; this covers the official
 * and abbreviated forms news writing uses.
 */
// A Map, not an object literal: a bundle alias "constructor" or "__proto__" would otherwise find
// Object.prototype's members and crash the map.
const ALIASES = new Map<string, string>(
  Object.entries({
    'united states': 'United States of America',
    us: 'United States of America',
    usa: 'United States of America',
    america: 'United States of America',
    uk: 'United Kingdom',
    britain: 'United Kingdom',
    'great britain': 'United Kingdom',
    'republic of korea': 'South Korea',
    rok: 'South Korea',
    dprk: 'North Korea',
    "democratic people's republic of korea": 'North Korea',
    'russian federation': 'Russia',
    "people's republic of china": 'China',
    prc: 'China',
    'czech republic': 'Czechia',
    'ivory coast': "Côte d'Ivoire",
    burma: 'Myanmar',
    holland: 'Netherlands',
    'the netherlands': 'Netherlands',
    'republic of china': 'Taiwan',
    'viet nam': 'Vietnam',
  }),
);

/** Lower case, straight apostrophes, no accents, no leading "the": how names are compared. */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * For each country entity, the index of its world-atlas feature, tried by name, then each alias,
 * each directly and through the alias table. Countries with no feature are left out.
 */
export function matchCountryFeatures(
  entities: readonly Pick<Entity, 'id' | 'kind' | 'name' | 'aliases'>[],
  featureNames: readonly string[],
): Map<string, number> {
  const byName = new Map<string, number>();
  featureNames.forEach((n, i) => byName.set(normaliseCountryName(n), i));
  const out = new Map<string, number>();
  for (const e of entities) {
    if (e.kind !== 'country') continue;
    for (const candidate of [e.name, ...e.aliases]) {
      const key = normaliseCountryName(candidate);
      const bare = key.replace(/^the /, '');
      const alias = ALIASES.get(key) ?? ALIASES.get(bare);
      const hit =
        byName.get(key) ??
        byName.get(bare) ??
        (alias ? byName.get(normaliseCountryName(alias)) : undefined);
      if (hit !== undefined) {
        out.set(e.id, hit);
        break;
      }
    }
  }
  return out;
}

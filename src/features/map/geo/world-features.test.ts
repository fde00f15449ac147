import { describe, expect, it } from 'vitest';
import { matchCountryFeatures } from './world-features';
import { WORLD } from './world-topology';
import { featureNames } from './base-map-paths';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

const names = featureNames(WORLD);

describe('matchCountryFeatures', () => {
  it('finds all six parties of the seed in Natural Earth', () => {
    const matches = matchCountryFeatures(seedBundle().entities, names);
    const matched = Object.fromEntries([...matches].map(([id, i]) => [id, names[i]]));
    expect(matched).toEqual({
      'north-korea': 'North Korea',
      'south-korea': 'South Korea',
      'united-states': 'United States of America',
      china: 'China',
      russia: 'Russia',
      japan: 'Japan',
    });
  });

  it('uses aliases and the alias table, ignores case, accents and curly quotes', () => {
    const entities = [
      { id: 'a', kind: 'country' as const, name: 'DPRK', aliases: [] },
      { id: 'b', kind: 'country' as const, name: 'The Netherlands', aliases: [] },
      { id: 'c', kind: 'country' as const, name: 'Ivory Coast', aliases: [] },
      { id: 'd', kind: 'country' as const, name: 'Cote d’Ivoire', aliases: [] },
      { id: 'e', kind: 'country' as const, name: 'Atlantis', aliases: ['Nowhere'] },
      { id: 'f', kind: 'country' as const, name: 'Britain', aliases: [] },
      { id: 'g', kind: 'place' as const, name: 'France', aliases: [] },
    ];
    const m = matchCountryFeatures(entities, names);
    expect(names[m.get('a') ?? -1]).toBe('North Korea');
    expect(names[m.get('b') ?? -1]).toBe('Netherlands');
    expect(names[m.get('c') ?? -1]).toBe("Côte d'Ivoire");
    expect(names[m.get('d') ?? -1]).toBe("Côte d'Ivoire");
    expect(names[m.get('f') ?? -1]).toBe('United Kingdom');
    expect(m.has('e')).toBe(false);
    expect(m.has('g')).toBe(false);
  });
});

describe('matchCountryFeatures with prototype-named aliases', () => {
  it('does not crash on "constructor" or "__proto__" and still matches by name', () => {
    const entities = [
      {
        id: 'france',
        kind: 'country' as const,
        name: 'constructor',
        aliases: ['__proto__', 'toString', 'France'],
      },
    ];
    const matches = matchCountryFeatures(entities, names);
    expect(names[matches.get('france') ?? -1]).toBe('France');
  });
});

import { describe, expect, it } from 'vitest';
import type { Bundle, Entity, Relation } from '../bundle/bundle-schema';
import { tinyBundle } from '../bundle/fixtures/tiny-bundle';
import { seedBundle } from '../bundle/fixtures/seed-bundle';
import { countryGroups } from './country-groups';

function country(id: string): Entity {
  return { id, kind: 'country', name: id.toUpperCase(), aliases: [] };
}
function aligned(source: string, target: string): Relation {
  return {
    id: `${source}-${target}`,
    kind: 'aligned-with',
    source,
    target,
    label: `${source} with ${target}`,
    basis: 'stated',
    evidence: [],
  };
}

function withCountries(ids: string[], relations: Relation[], mentioned: string[] = []): Bundle {
  const b = tinyBundle();
  const mentions = mentioned.map((entity) => ({ entity, start: 0, end: 3 }));
  return { ...b, entities: ids.map(country), relations, mentions };
}

describe('countryGroups', () => {
  it('finds connected components of aligned-with among countries, two or more strong', () => {
    const b = withCountries(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [aligned('a', 'b'), aligned('c', 'b'), aligned('d', 'e')],
    );
    const groups = countryGroups(b);
    expect(groups.map((g) => g.countries)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(groups.map((g) => g.tone)).toEqual(['warm', 'cool']);
    expect(groups[0]?.name).toBe('A, B, C');
  });

  it('leads with the most-mentioned member and orders groups by it', () => {
    const b = withCountries(
      ['a', 'b', 'c', 'd', 'e'],
      [aligned('a', 'b'), aligned('c', 'd'), aligned('d', 'e')],
      ['d', 'd', 'd', 'b', 'b'],
    );
    const groups = countryGroups(b);
    expect(groups.map((g) => g.id)).toEqual(['group-d', 'group-b']);
    expect(groups[0]?.countries).toEqual(['d', 'c', 'e']);
    expect(groups[1]?.countries).toEqual(['b', 'a']);
  });

  it('ignores other kinds and relations that do not join two countries', () => {
    const b = withCountries(['a', 'b'], [{ ...aligned('a', 'b'), kind: 'meets' }]);
    expect(countryGroups(b)).toEqual([]);
  });

  it('gives a third group a neutral tone', () => {
    const b = withCountries(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [aligned('a', 'b'), aligned('c', 'd'), aligned('e', 'f')],
    );
    expect(countryGroups(b).map((g) => g.tone)).toEqual(['warm', 'cool', 'neutral']);
  });

  it('finds the two camps of the Six-Party Talks in the seed bundle', () => {
    const groups = countryGroups(seedBundle());
    expect(groups.map((g) => g.name)).toEqual([
      'North Korea, China, Russia',
      'United States, South Korea, Japan',
    ]);
  });
});

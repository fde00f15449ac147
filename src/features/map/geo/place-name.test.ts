import { describe, expect, it } from 'vitest';
import { countryGroups } from '../../../model/country-groups';
import { mapModel } from './map-model';
import { andList, placeName } from './place-name';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

describe('placeName', () => {
  const bundle = seedBundle();
  const model = mapModel(bundle);
  const groups = countryGroups(bundle);

  it('names a place and the legs that touch it', () => {
    expect(placeName(model, groups, 'beijing', false)).toBe('Beijing, place; 2 journey legs');
  });

  it('names a country at its capital, with its grouping', () => {
    expect(placeName(model, groups, 'north-korea', false)).toBe(
      'North Korea, country, at Pyongyang; grouped with China and Russia; 1 journey leg',
    );
    expect(placeName(model, groups, 'united-states', true)).toMatch(
      /^United States, country, at its capital; grouped with (South Korea and Japan|Japan and South Korea); 1 journey leg; off the map/,
    );
  });

  it('joins lists the way people write them', () => {
    expect(andList([])).toBe('');
    expect(andList(['A'])).toBe('A');
    expect(andList(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

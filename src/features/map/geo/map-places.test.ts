import { describe, expect, it } from 'vitest';
import { mapPlaces } from './map-places';
import { mapFixture } from './fixtures/map-fixture';

describe('mapPlaces', () => {
  it('marks located places first, then countries; unlocated ones are left out', () => {
    const places = mapPlaces(mapFixture());
    expect(places.map((p) => `${p.kind}:${p.id}`)).toEqual([
      'place:paris',
      'place:berlin',
      'place:warsaw',
      'place:new-york',
      'country:france',
      'country:germany',
    ]);
    expect(places[0]?.lonLat).toEqual([2.35, 48.86]);
  });

  it('folds a country into the place at its point, preferring a place inside it', () => {
    const b = mapFixture();
    // A second place at Paris's point that the bundle puts in no country.
    b.entities.push({
      id: 'paris-decoy',
      kind: 'place',
      name: 'Decoy',
      aliases: [],
      location: { lat: 48.86, lon: 2.35 },
    });
    b.entities = b.entities.map((e) => (e.id === 'paris' ? { ...e, country: 'france' } : e));
    const byId = new Map(mapPlaces(b).map((p) => [p.id, p]));
    expect(byId.get('france')?.sharesDotWith).toBe('paris');
    expect(byId.get('germany')?.sharesDotWith).toBe('berlin');
    expect(byId.get('paris')?.sharesDotWith).toBeNull();
  });

  it('calls a place primary when a leg or an event touches it', () => {
    const b = mapFixture();
    b.journeys = b.journeys.filter((j) => j.id === 'j-ann');
    const byId = new Map(mapPlaces(b).map((p) => [p.id, p]));
    expect(byId.get('warsaw')?.primary).toBe(true);
    expect(byId.get('new-york')?.primary).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../../bundle/validate-bundle';
import { mapModel, modelFrame } from './map-model';
import { mapFixture } from './fixtures/map-fixture';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

describe('mapModel', () => {
  it('the fixture is a valid bundle', () => {
    const result = validateBundle(mapFixture());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('draws the seed: 11 located entities and all 7 legs, with their names', () => {
    const model = mapModel(seedBundle());
    expect(model.places).toHaveLength(11);
    expect(model.legs).toHaveLength(7);
    expect(model.undrawn).toEqual([]);
    const choe2 = model.legs.find((l) => l.id === 'j-choe-2');
    expect(choe2?.name).toBe(
      'Leg 2 of 2: Beijing to Moscow, on the afternoon of Oct. 6, Choe Son-hui',
    );
    expect(choe2?.style).toBe('reported');
    expect(model.legs.find((l) => l.id === 'j-choe-1')?.style).toBe('inferred');
    expect(model.legs.find((l) => l.id === 'j-putin-1')?.style).toBe('planned');
    expect(model.travellers.map((t) => t.name)).toEqual([
      'Choe Son-hui',
      'Steve Biegun',
      'Valentina Matviyenko',
      'Kim Jong-un',
      'Vladimir Putin',
    ]);
  });

  it('lets a country share the dot of the place at its point', () => {
    const places = new Map(mapModel(seedBundle()).places.map((p) => [p.id, p]));
    expect(places.get('north-korea')?.sharesDotWith).toBe('pyongyang');
    expect(places.get('china')?.sharesDotWith).toBe('beijing');
    expect(places.get('russia')?.sharesDotWith).toBe('moscow');
    expect(places.get('south-korea')?.sharesDotWith).toBeNull();
    // Sheremetyevo is 29 km from Moscow: a separate dot.
    expect(places.get('sheremetyevo-airport')?.sharesDotWith).toBeNull();
    expect(places.get('korean-peninsula')?.primary).toBe(false);
    expect(places.get('moscow')?.primary).toBe(true);
  });

  it('reports a leg it cannot draw instead of dropping it silently', () => {
    const model = mapModel(mapFixture());
    expect(model.legs.map((l) => l.id)).toEqual(['j-ann-1', 'j-ann-2', 'j-bob-1', 'j-bob-2']);
    expect(model.undrawn).toEqual([
      expect.objectContaining({ id: 'j-bob-3', reason: 'no location for Poland' }),
    ]);
    expect(modelFrame(model).remote).toEqual(['new-york']);
  });

  it('is memoised per bundle object', () => {
    const b = mapFixture();
    expect(mapModel(b)).toBe(mapModel(b));
  });
});

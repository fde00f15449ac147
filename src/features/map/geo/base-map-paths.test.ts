import { describe, expect, it } from 'vitest';
import { baseMapPaths, featureNames } from './base-map-paths';
import { framePoints, mapReference } from './map-frame';
import { mapModel } from './map-model';
import { matchCountryFeatures } from './world-features';
import { WORLD } from './world-topology';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

describe('baseMapPaths', () => {
  it('draws land, borders and the six shaded parties for the seed, within budget', () => {
    const bundle = seedBundle();
    const reference = mapReference(framePoints(mapModel(bundle)));
    expect(reference.params.kind).toBe('azimuthal-equal-area');
    // Washington, 91° from the centre, is still on the clipped globe when zoomed out.
    expect(reference.clipAngle).toBeGreaterThan(95);
    expect(reference.clipAngle).toBeLessThanOrEqual(150);
    const matches = matchCountryFeatures(bundle.entities, featureNames(WORLD));
    const paths = baseMapPaths(WORLD, reference.params, reference.refScale, reference.clipAngle, [
      ...matches.values(),
    ]);
    expect(paths.land.startsWith('M')).toBe(true);
    expect(paths.sphere.startsWith('M')).toBe(true);
    expect(paths.borders.length).toBeGreaterThan(1000);
    expect(paths.countries.size).toBe(6);
    for (const d of paths.countries.values()) expect(d.length).toBeGreaterThan(50);
    // What the browser parses on first draw, in characters: keep it near a megabyte.
    const total =
      paths.land.length + paths.borders.length + [...paths.countries.values()].join('').length;
    expect(total).toBeLessThan(1_200_000);
  });
});

import { geoGraticule10, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { baseMapPaths, baseMapPathsJob, clippedMapPaths, featureNames } from './base-map-paths';
import { createProjection, type ProjectionParams } from './fit-projection';
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

describe('baseMapPathsJob', () => {
  // What one geoPath call per layer writes, as the base map was drawn before it came in pieces.
  function oneShot(params: ProjectionParams, clipAngle: number, box?: [number, number]) {
    const projection = createProjection(params);
    if (params.kind === 'azimuthal-equal-area') projection.clipAngle(clipAngle);
    if (box)
      projection.clipExtent([
        [0, 0],
        [box[0], box[1]],
      ]);
    const path = geoPath(projection).digits(1);
    const countries = feature(WORLD, WORLD.objects.countries).features;
    return {
      sphere: path({ type: 'Sphere' }) ?? '',
      graticule: path(geoGraticule10()) ?? '',
      land: path(feature(WORLD, WORLD.objects.land)) ?? '',
      borders: path(mesh(WORLD, WORLD.objects.countries, (a, b) => a !== b)) ?? '',
      countries: new Map(
        [7, 40, 120].map((i) => [i, path(countries[i] ?? { type: 'Sphere' }) ?? '']),
      ),
    };
  }

  it('writes, piece by piece, the very strings one geoPath call per layer writes', () => {
    const cases: { params: ProjectionParams; clip: number }[] = [
      // The seed's frame (clipped to a cap) and a world map (Equal Earth, no cap).
      {
        params: {
          kind: 'azimuthal-equal-area',
          rotate: [-127, -38, 0],
          scale: 420,
          translate: [0, 0],
        },
        clip: 110,
      },
      {
        params: { kind: 'equal-earth', rotate: [-100, 0, 0], scale: 160, translate: [0, 0] },
        clip: 150,
      },
    ];
    for (const { params, clip } of cases) {
      const job = baseMapPathsJob(WORLD, params, params.scale, clip, [7, 40, 120]);
      let steps = 1;
      while (!job.step()) steps++;
      // Cut into many pieces, none of them the whole land.
      expect(steps).toBeGreaterThan(10);
      expect(job.result).toEqual(oneShot(params, clip));
    }
  });

  it('cut to a view, the pieces join into the same strings too', () => {
    const params: ProjectionParams = {
      kind: 'azimuthal-equal-area',
      rotate: [-127, -38, 0],
      scale: 1400,
      translate: [300, 200],
    };
    expect(clippedMapPaths(WORLD, params, 110, { width: 600, height: 400 }, [7, 40, 120])).toEqual(
      oneShot(params, 110, [600, 400]),
    );
  });
});

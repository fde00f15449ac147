import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { createLcg } from '../../../model/lcg';
import { angularDistance } from './angular-distance';

describe('angularDistance', () => {
  it('is geoDistance to the last bit, on random pairs and awkward ones', () => {
    const random = createLcg(15);
    const pairs: [[number, number], [number, number]][] = [
      [
        [0, 0],
        [0, 0],
      ],
      [
        [180, 0],
        [-180, 0],
      ],
      [
        [0, 90],
        [0, -90],
      ],
      [
        [10, 20],
        [-170, -20],
      ],
      [
        [125.75, 39.02],
        [125.75, 39.02000001],
      ],
      [
        [-77.04, 38.9],
        [126.98, 37.57],
      ],
    ];
    for (let i = 0; i < 5000; i++)
      pairs.push([
        [random() * 360 - 180, random() * 180 - 90],
        [random() * 360 - 180, random() * 180 - 90],
      ]);
    // Near pairs, as grouping places within 100 km compares.
    for (let i = 0; i < 2000; i++) {
      const lon = random() * 360 - 180;
      const lat = random() * 170 - 85;
      pairs.push([
        [lon, lat],
        [lon + (random() - 0.5) * 0.02, lat + (random() - 0.5) * 0.02],
      ]);
    }
    for (const [a, b] of pairs)
      expect(Object.is(angularDistance(a, b), geoDistance(a, b))).toBe(true);
  });

  it('measures a quarter of the globe as π/2', () => {
    expect(angularDistance([0, 0], [90, 0])).toBeCloseTo(Math.PI / 2, 12);
    expect(angularDistance([0, 0], [0, 90])).toBeCloseTo(Math.PI / 2, 12);
  });
});

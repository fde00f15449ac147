import { describe, expect, it } from 'vitest';
import { createProjection, fitProjection, type LonLat } from './fit-projection';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

const SIZE = { width: 800, height: 600, margin: 40 };

function projectedInside(places: LonLat[], width: number, height: number, margin: number) {
  const projection = createProjection(fitProjection(places, { width, height, margin }));
  return places.map((p) => {
    const xy = projection([p[0], p[1]]);
    if (!xy) return { p, inside: false, xy };
    const [x, y] = xy;
    const inside =
      x >= margin - 1e-6 &&
      x <= width - margin + 1e-6 &&
      y >= margin - 1e-6 &&
      y <= height - margin + 1e-6;
    return { p, inside, xy };
  });
}

function seedPlaces(): LonLat[] {
  return seedBundle()
    .entities.filter((e) => e.location)
    .map((e) => [e.location?.lon ?? 0, e.location?.lat ?? 0] as const);
}

describe('fitProjection', () => {
  it('puts every seed place inside the frame, clear of the margin', () => {
    const places = seedPlaces();
    expect(places.length).toBeGreaterThanOrEqual(10);
    for (const size of [
      SIZE,
      { width: 640, height: 720, margin: 56 },
      { width: 1600, height: 500, margin: 30 },
    ]) {
      const result = projectedInside(places, size.width, size.height, size.margin);
      expect(result.filter((r) => !r.inside)).toEqual([]);
    }
  });

  it('fills the frame: the places touch the margin on at least one axis', () => {
    const places = seedPlaces();
    const result = projectedInside(places, 800, 600, 40);
    const xs = result.map((r) => r.xy?.[0] ?? 0);
    const ys = result.map((r) => r.xy?.[1] ?? 0);
    const fillsX = Math.abs(Math.min(...xs) - 40) < 1e-6 && Math.abs(Math.max(...xs) - 760) < 1e-6;
    const fillsY = Math.abs(Math.min(...ys) - 40) < 1e-6 && Math.abs(Math.max(...ys) - 560) < 1e-6;
    expect(fillsX || fillsY).toBe(true);
  });

  it('centres East Asia to Moscow on an azimuthal projection', () => {
    const eastAsiaToMoscow: LonLat[] = [
      [125.75, 39.03],
      [116.4, 39.91],
      [37.62, 55.75],
      [126.98, 37.57],
      [139.69, 35.69],
    ];
    const params = fitProjection(eastAsiaToMoscow, SIZE);
    expect(params.kind).toBe('azimuthal-equal-area');
    // Centre between Moscow and Tokyo, in mid-latitudes.
    expect(-params.rotate[0]).toBeGreaterThan(90);
    expect(-params.rotate[0]).toBeLessThan(120);
    expect(-params.rotate[1]).toBeGreaterThan(40);
    expect(-params.rotate[1]).toBeLessThan(55);
    const projection = createProjection(params);
    const moscow = projection([37.62, 55.75]) ?? [0, 0];
    const tokyo = projection([139.69, 35.69]) ?? [0, 0];
    expect(moscow[0]).toBeLessThan(tokyo[0]);
  });

  it('switches to a world projection for places spread round the globe, all inside', () => {
    const farApart: LonLat[] = [
      [-70.67, -33.45], // Santiago
      [151.21, -33.87], // Sydney
      [-0.13, 51.51], // London
      [-149.9, 61.22], // Anchorage
      [18.42, -33.92], // Cape Town
      [139.69, 35.69], // Tokyo
    ];
    expect(fitProjection(farApart, SIZE).kind).toBe('equal-earth');
    expect(projectedInside(farApart, 800, 600, 40).filter((r) => !r.inside)).toEqual([]);
    expect(projectedInside(farApart, 500, 900, 60).filter((r) => !r.inside)).toEqual([]);
  });

  it('keeps two far places on opposite sides of the Pacific inside the frame', () => {
    const pair: LonLat[] = [
      [-77.04, 38.9],
      [126.98, 37.57],
    ];
    expect(projectedInside(pair, 800, 600, 40).filter((r) => !r.inside)).toEqual([]);
  });

  it('shows a single place with its surroundings, not at infinite zoom', () => {
    const params = fitProjection([[2.35, 48.86]], { ...SIZE, minSpanKm: 800 });
    const projection = createProjection(params);
    const [x, y] = projection([2.35, 48.86]) ?? [0, 0];
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(300, 6);
    // 800 km across the 520 px inner height (the tighter side) → about 1.54 km per pixel.
    const kmPerPx = 6371 / params.scale;
    expect(kmPerPx).toBeCloseTo(800 / 520, 2);
  });

  it('is deterministic and honours per-side margins', () => {
    const places = seedPlaces();
    const margin = { top: 20, right: 150, bottom: 60, left: 30 };
    const a = fitProjection(places, { width: 900, height: 600, margin });
    expect(fitProjection(places, { width: 900, height: 600, margin })).toEqual(a);
    const projection = createProjection(a);
    for (const p of places) {
      const [x, y] = projection([p[0], p[1]]) ?? [NaN, NaN];
      expect(x).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(x).toBeLessThanOrEqual(750 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(y).toBeLessThanOrEqual(540 + 1e-6);
    }
  });
});

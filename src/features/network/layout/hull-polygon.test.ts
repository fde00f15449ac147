import { describe, expect, it } from 'vitest';
import { polygonHull } from 'd3-polygon';
import { hullPolygon, pointInPolygon, polygonPath, rimCandidates } from './hull-polygon';

describe('hullPolygon', () => {
  const hull = hullPolygon(
    [
      { x: 0, y: 0, r: 10 },
      { x: 100, y: 0, r: 10 },
    ],
    5,
  );

  it('wraps every circle with the padding', () => {
    expect(hull).not.toBeNull();
    const xs = (hull ?? []).map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(-15, 6);
    expect(Math.max(...xs)).toBeCloseTo(115, 6);
    expect(pointInPolygon(hull ?? [], 50, 0)).toBe(true);
    expect(pointInPolygon(hull ?? [], 50, 30)).toBe(false);
  });

  it('is null for no circles and a closed path otherwise', () => {
    expect(hullPolygon([], 5)).toBeNull();
    expect(polygonPath(hull ?? [])).toMatch(/^M.*Z$/);
  });
});

describe('rimCandidates', () => {
  // Seeded: the same thousand circles every run.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) as number;
  const circles = Array.from({ length: 1000 }, () => ({
    x: random() * 800,
    y: random() * 500,
    r: 2 + random() * 30,
  }));

  it('keeps far fewer circles than it is given, the outer ones', () => {
    const kept = rimCandidates(circles, 6);
    expect(kept.length).toBeLessThan(300);
    expect(kept.length).toBeGreaterThan(3);
  });

  it('leaves the hull exactly as sampling every circle gives it', () => {
    const everyRim: [number, number][] = [];
    for (const c of circles)
      for (let i = 0; i < 8; i++) {
        const a = (i * 2 * Math.PI) / 8;
        everyRim.push([c.x + (c.r + 6) * Math.cos(a), c.y + (c.r + 6) * Math.sin(a)]);
      }
    expect(hullPolygon(circles, 6, 8)).toEqual(polygonHull(everyRim));
  });
});

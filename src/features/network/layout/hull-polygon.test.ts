import { describe, expect, it } from 'vitest';
import { hullPolygon, pointInPolygon, polygonPath } from './hull-polygon';

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

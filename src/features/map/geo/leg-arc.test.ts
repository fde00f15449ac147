import { geoDistance, geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { createProjection, fitProjection, type LonLat } from './fit-projection';
import {
  arrowHead,
  arrowPath,
  bowLine,
  greatCircle,
  legBows,
  linePath,
  pointAlong,
  projectLine,
  trimLine,
  type Point,
} from './leg-arc';

const BEIJING: LonLat = [116.4, 39.91];
const MOSCOW: LonLat = [37.62, 55.75];

describe('great-circle arcs', () => {
  it('passes through the great-circle midpoint, equidistant from both ends', () => {
    const line = greatCircle(BEIJING, MOSCOW, 64);
    expect(line).toHaveLength(65);
    expect(line[0]?.[0]).toBeCloseTo(BEIJING[0], 9);
    expect(line[0]?.[1]).toBeCloseTo(BEIJING[1], 9);
    const mid = line[32] ?? [0, 0];
    const expected = geoInterpolate([...BEIJING], [...MOSCOW])(0.5);
    expect(mid[0]).toBeCloseTo(expected[0], 9);
    expect(mid[1]).toBeCloseTo(expected[1], 9);
    const toA = geoDistance([...mid], [...BEIJING]);
    const toB = geoDistance([...mid], [...MOSCOW]);
    expect(toA).toBeCloseTo(toB, 9);
    expect(toA + toB).toBeCloseTo(geoDistance([...BEIJING], [...MOSCOW]), 9);
    // A great circle bends towards the pole: its midpoint lies north of the mean latitude.
    expect(mid[1]).toBeGreaterThan((BEIJING[1] + MOSCOW[1]) / 2 + 3);
  });

  it('densifies by distance: about one point per 100 km', () => {
    expect(greatCircle(BEIJING, MOSCOW)).toHaveLength(59); // 5,800 km
    expect(greatCircle([125.75, 39.03], [126.98, 37.57])).toHaveLength(9); // short: the floor
  });

  it('projects into the fitted frame with every point finite', () => {
    const projection = createProjection(
      fitProjection([BEIJING, MOSCOW], { width: 600, height: 400, margin: 20 }),
    );
    const projected = projectLine(projection, greatCircle(BEIJING, MOSCOW));
    expect(projected.length).toBeGreaterThan(50);
    for (const [x, y] of projected) {
      expect(x).toBeGreaterThanOrEqual(19);
      expect(x).toBeLessThanOrEqual(581);
      expect(y).toBeGreaterThanOrEqual(-200);
    }
  });
});

describe('bowed lines, midpoints and arrowheads', () => {
  const east: Point[] = Array.from({ length: 101 }, (_, i) => [i, 0] as const);

  it('bows to the left of travel, by the given share of the chord, ends fixed', () => {
    const bowed = bowLine(east, 0.1);
    expect(bowed[0]).toEqual([0, 0]);
    expect(bowed[100]?.[0]).toBeCloseTo(100, 9);
    expect(bowed[100]?.[1]).toBeCloseTo(0, 9);
    // Travelling east on a y-down screen, left is up (negative y).
    expect(bowed[50]?.[1]).toBeCloseTo(-10, 9);
    const west = bowLine([...east].reverse(), 0.1);
    expect(west[50]?.[1]).toBeCloseTo(10, 9);
  });

  it('finds the middle of a leg by length', () => {
    const { point, angle } = pointAlong(east, 0.5);
    expect(point[0]).toBeCloseTo(50, 9);
    expect(angle).toBeCloseTo(0, 9);
    const bent: Point[] = [
      [0, 0],
      [30, 0],
      [30, 10],
    ];
    expect(pointAlong(bent, 0.5).point).toEqual([20, 0]);
    expect(pointAlong(bent, 1).angle).toBeCloseTo(Math.PI / 2, 9);
  });

  it('points the arrowhead along the direction of travel at the end', () => {
    expect(arrowHead(east).angle).toBeCloseTo(0, 6);
    expect(arrowHead([...east].reverse()).angle).toBeCloseTo(Math.PI, 6);
    const north: Point[] = [
      [0, 100],
      [0, 0],
    ];
    expect(arrowHead(north).angle).toBeCloseTo(-Math.PI / 2, 6);
    // Bowed up and travelling east, the line comes down into its end point.
    const down = arrowHead(bowLine(east, 0.1)).angle;
    expect(down).toBeGreaterThan(0.2);
    expect(down).toBeLessThan(0.4);
    expect(arrowPath([10, 0], 0, 8)).toBe('M10,0L2,-4L2,4Z');
  });

  it('trims lines so they stop short of the dots', () => {
    const trimmed = trimLine(east, 5, 7);
    expect(trimmed[0]).toEqual([5, 0]);
    expect(trimmed[trimmed.length - 1]).toEqual([93, 0]);
    expect(trimLine(east, 60, 60)).toEqual([]);
    expect(linePath(trimLine(east.slice(0, 3), 0.5, 0.5))).toBe('M0.5,0L1,0L1.5,0');
  });

  it('fans out legs that share a route and direction', () => {
    const legs = [
      { id: 'putin', fromAt: MOSCOW, toAt: [126.98, 37.57] as LonLat },
      { id: 'matviyenko', fromAt: MOSCOW, toAt: [126.98, 37.57] as LonLat },
      { id: 'back', fromAt: [126.98, 37.57] as LonLat, toAt: MOSCOW },
    ];
    const bows = legBows(legs);
    expect(bows.get('putin')).toBeCloseTo(0.12, 9);
    expect(bows.get('matviyenko')).toBeCloseTo(0.22, 9);
    expect(bows.get('back')).toBeCloseTo(0.12, 9);
  });
});

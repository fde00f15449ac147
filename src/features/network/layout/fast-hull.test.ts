import { describe, expect, it } from 'vitest';
import { polygonHull } from 'd3-polygon';
import { createLcg } from '../../../model/lcg';
import { fastHull } from './fast-hull';

type Point = [number, number];

// d3's polygonHull on every point is the oracle: the same vertices in the same order.
describe('fastHull', () => {
  const random = createLcg(2026);
  const sets: [string, Point[]][] = [
    ['a disc', Array.from({ length: 3000 }, () => disc(random))],
    ['a square', Array.from({ length: 2000 }, (): Point => [random() * 400, random() * 300])],
    // Many points on the sides and corners of a grid: collinear and repeated hull points.
    [
      'a grid',
      Array.from({ length: 900 }, (_, i): Point => [i % 30, Math.floor(i / 30)]).concat([
        [0, 0],
        [29, 29],
      ]),
    ],
    ['a line', Array.from({ length: 200 }, (_, i): Point => [i, 2 * i])],
    ['one point many times', Array.from({ length: 100 }, (): Point => [5, 5])],
    [
      'a few',
      [
        [0, 0],
        [10, 0],
        [5, 8],
        [5, 2],
      ],
    ],
  ];
  for (let n = 0; n < 40; n++)
    sets.push([
      `random set ${n}`,
      Array.from({ length: 64 + Math.floor(random() * 2000) }, () =>
        random() < 0.5 ? disc(random) : ([random() * 200 - 100, random() * 50] as Point),
      ),
    ]);
  for (const [name, points] of sets)
    it(`gives d3's hull for ${name}`, () => {
      expect(fastHull(points)).toEqual(polygonHull([...points]));
    });
});

function disc(random: () => number): Point {
  const a = random() * 2 * Math.PI;
  const r = Math.sqrt(random()) * 100;
  return [r * Math.cos(a), r * Math.sin(a)];
}

import { describe, expect, it } from 'vitest';
import { createLcg } from '../../../model/lcg';
import { clusterPlaces, clusterZoom, type ClusterInput } from './cluster-places';

const dot = (id: string, x: number, y: number): ClusterInput => ({
  id,
  at: [x, y],
  entities: [id],
});

describe('clusterPlaces', () => {
  it('counts dots closer than the radius and leaves the others alone', () => {
    const { clusters, singles } = clusterPlaces(
      [dot('a', 100, 100), dot('b', 110, 100), dot('c', 100, 115), dot('d', 300, 300)],
      28,
    );
    expect(singles).toEqual(['d']);
    expect(clusters).toHaveLength(1);
    const [c] = clusters;
    expect(c?.id).toBe('cluster-a');
    expect(c?.members).toEqual(['a', 'b', 'c']);
    // The mean of (100,100), (110,100), (100,115).
    expect(c?.at[0]).toBeCloseTo(103.333, 2);
    expect(c?.at[1]).toBeCloseTo(105, 5);
    expect(c?.bounds).toEqual({ x: 100, y: 100, width: 10, height: 15 });
  });

  it('keeps dots exactly a radius apart separate (strictly closer merges)', () => {
    const out = clusterPlaces([dot('a', 0, 0), dot('b', 28, 0)], 28);
    expect(out.clusters).toHaveLength(0);
    expect(out.singles).toEqual(['a', 'b']);
  });

  it('merges again when a merged centre lands near another mark', () => {
    // a+b merge at x=10; c at 36 is 26 from that centre, 36 from a: caught on the second pass.
    const out = clusterPlaces([dot('a', 0, 0), dot('b', 20, 0), dot('c', 36, 0)], 28);
    expect(out.clusters.map((c) => c.members)).toEqual([['a', 'b', 'c']]);
  });

  it('is deterministic and loses nothing on 5,000 dots; no two marks closer than the radius', () => {
    const random = createLcg(7);
    const dots = Array.from({ length: 5000 }, (_, i) =>
      dot(`p${i}`, random() * 1200, random() * 800),
    );
    const a = clusterPlaces(dots, 28);
    const b = clusterPlaces(dots, 28);
    expect(a).toEqual(b);
    const counted = a.clusters.reduce((n, c) => n + c.members.length, 0) + a.singles.length;
    expect(counted).toBe(5000);
    expect(new Set([...a.clusters.flatMap((c) => c.members), ...a.singles]).size).toBe(5000);
    // 1200×800 px holds at most a few thousand 28 px discs: dense enough that most are counted.
    expect(a.clusters.length + a.singles.length).toBeLessThan(1000);
    const marks = [
      ...a.clusters.map((c) => c.at),
      ...a.singles.map((id) => dots[Number(id.slice(1))]?.at ?? [0, 0]),
    ];
    let close = 0;
    for (let i = 0; i < marks.length; i++)
      for (let j = i + 1; j < marks.length; j++) {
        const [p, q] = [marks[i] ?? [0, 0], marks[j] ?? [0, 0]];
        if (Math.hypot(p[0] - q[0], p[1] - q[1]) < 28) close++;
      }
    // Greedy merging stops after four rounds: a few pairs may stay a little close.
    expect(close).toBeLessThan(marks.length * 0.02);
  });
});

describe('clusterZoom', () => {
  it('fits the members box in the view, centred, at least doubling the scale', () => {
    const t = clusterZoom(
      { x: 100, y: 100, width: 100, height: 50 },
      { width: 1000, height: 600 },
      { k: 1, x: 0, y: 0 },
      { pad: 100, minFactor: 2, maxK: 16 },
    );
    // min((1000-200)/100, (600-200)/50) = 8.
    expect(t.k).toBe(8);
    // The box centre (150, 125) lands at the view centre (500, 300).
    expect(150 * t.k + t.x).toBe(500);
    expect(125 * t.k + t.y).toBe(300);
  });

  it('works from a zoomed view and stops at the deepest zoom', () => {
    const current = { k: 4, x: -1000, y: -500 };
    const t = clusterZoom(
      { x: 480, y: 290, width: 2, height: 2 },
      { width: 1000, height: 600 },
      current,
      { pad: 100, minFactor: 2, maxK: 16 },
    );
    expect(t.k).toBe(16);
    // The drawing point under the box centre (481, 291) stays the one at the view centre.
    const [dx, dy] = [(481 - current.x) / current.k, (291 - current.y) / current.k];
    expect(dx * t.k + t.x).toBeCloseTo(500, 9);
    expect(dy * t.k + t.y).toBeCloseTo(300, 9);
  });
});

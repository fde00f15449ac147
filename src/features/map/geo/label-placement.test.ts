import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type Box, type LabelRequest } from './label-placement';

const bounds: Box = { x: 0, y: 0, width: 400, height: 300 };
const label = (id: string, x: number, y: number, priority = 1, width = 60): LabelRequest => ({
  id,
  anchor: [x, y],
  width,
  height: 14,
  priority,
  gap: 6,
});

function noCollisions(placed: ReturnType<typeof placeLabels>) {
  const shown = placed.filter((p) => !p.hidden);
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++)
      expect(overlaps(shown[i]!.box, shown[j]!.box, 0), `${shown[i]!.id} / ${shown[j]!.id}`).toBe(
        false,
      );
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    const [p] = placeLabels([label('a', 100, 100)], [], bounds);
    expect(p?.position).toBe('E');
    expect(p?.box).toEqual({ x: 106, y: 93, width: 60, height: 14 });
  });

  it('separates two points at the same spot (a capital and its country)', () => {
    const placed = placeLabels(
      [label('city', 100, 100, 2), label('country', 100, 100, 1)],
      [],
      bounds,
    );
    expect(placed.every((p) => !p.hidden)).toBe(true);
    noCollisions(placed);
    expect(placed[0]?.position).toBe('E');
  });

  it('keeps labels of very close points apart (Moscow and its airport, 3 px apart)', () => {
    const placed = placeLabels(
      [label('moscow', 100, 100, 3, 50), label('sheremetyevo', 99, 97, 2, 190)],
      [],
      bounds,
    );
    expect(placed.filter((p) => p.hidden)).toEqual([]);
    noCollisions(placed);
  });

  it('flips to the left at the right edge and stays inside the bounds', () => {
    const [p] = placeLabels([label('edge', 380, 150)], [], bounds);
    expect(p?.position).toBe('W');
    expect(p!.box.x + p!.box.width).toBeLessThanOrEqual(400);
  });

  it('avoids obstacles such as leg numbers', () => {
    const obstacle: Box = { x: 104, y: 90, width: 20, height: 20 };
    const [p] = placeLabels([label('a', 100, 100)], [obstacle], bounds);
    expect(overlaps(p!.box, obstacle, 0)).toBe(false);
  });

  it('may touch its own marker but never a control, even one over its point', () => {
    const own = { x: 95, y: 95, width: 10, height: 10, owner: 'a' };
    const [p] = placeLabels([label('a', 100, 100)], [own], bounds);
    expect(p?.position).toBe('E');
    // The zoom buttons cover the point's corner: the label goes where the buttons are not.
    const buttons = { x: 90, y: 60, width: 120, height: 50 };
    const [q] = placeLabels([label('a', 100, 100)], [buttons], bounds);
    expect(q?.hidden).toBe(false);
    expect(overlaps(q!.box, buttons, 0)).toBe(false);
  });

  it('hides what cannot fit, lowest priority first, unless told to keep it', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => label(`l${i}`, 200, 150, i));
    const placed = placeLabels(crowd, [], { x: 120, y: 100, width: 160, height: 100 });
    noCollisions(placed);
    const shown = placed.filter((p) => !p.hidden).map((p) => p.id);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toContain('l29');
    expect(shown).not.toContain('l0');
    const kept = placeLabels(
      [...crowd, { ...label('selected', 200, 150, -1), keep: true }],
      [],
      bounds,
    );
    expect(kept.find((p) => p.id === 'selected')?.hidden).toBe(false);
  });

  it('is deterministic and returns labels in input order', () => {
    const reqs = [label('b', 50, 50), label('a', 52, 52), label('c', 300, 200)];
    const one = placeLabels(reqs, [], bounds);
    expect(one.map((p) => p.id)).toEqual(['b', 'a', 'c']);
    expect(placeLabels(reqs, [], bounds)).toEqual(one);
  });
});

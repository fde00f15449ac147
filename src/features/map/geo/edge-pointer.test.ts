import { describe, expect, it } from 'vitest';
import { alongEdgeCandidates, edgePointer } from './edge-pointer';

const size = { width: 400, height: 300 };

describe('edgePointer', () => {
  it('stands where the line from the centre to the place crosses the inset frame', () => {
    const p = edgePointer([800, 150], size, 10);
    expect(p.at).toEqual([390, 150]);
    expect(p.side).toBe('right');
    expect(p.angle).toBeCloseTo(0);
    expect(edgePointer([200, -500], size, 10).side).toBe('top');
  });

  it('slides along its edge clear of a control, still pointing at the place', () => {
    const zoom = { x: 340, y: 0, width: 60, height: 100 };
    const p = edgePointer([1000, -550], size, 10, [zoom], 8);
    expect(p.side).toBe('top');
    expect(p.at[1]).toBe(10);
    expect(p.at[0]).toBe(zoom.x - 8);
    expect(p.angle).toBeCloseTo(Math.atan2(-550 - p.at[1], 1000 - p.at[0]));
  });
});

describe('alongEdgeCandidates', () => {
  it('keeps every candidate at the same distance from the arrow’s edge, with a leader', () => {
    const pointer = edgePointer([800, 150], size, 10);
    const boxes = alongEdgeCandidates(pointer, { width: 80, height: 14 }, 6, 4, 10);
    expect(boxes).toHaveLength(8);
    for (const c of boxes) {
      expect(c.box.x + c.box.width).toBe(390 - 6);
      expect(c.leader).toBe(true);
      expect(c.position).toBe('W');
    }
    expect(new Set(boxes.map((c) => c.box.y)).size).toBe(8);
  });
});

import { describe, expect, it } from 'vitest';
import { edgeLabelSpot } from './edge-label-spot';

const panel = { width: 400, height: 300 };
const size = { w: 60, h: 20 };

describe('edgeLabelSpot', () => {
  it('puts the words above the middle when nothing is in the way', () => {
    const spot = edgeLabelSpot(size, { x: 200, y: 150 }, panel, {
      from: { x: 100, y: 150 },
      to: { x: 300, y: 150 },
      obstacles: [],
    });
    expect(spot).toEqual({ x: 200, y: 124, leader: null, covers: 0 });
  });

  it('moves along the line off a node name that covers the middle', () => {
    const name = { x0: 160, y0: 110, x1: 240, y1: 148 };
    const spot = edgeLabelSpot(size, { x: 200, y: 150 }, panel, {
      from: { x: 100, y: 150 },
      to: { x: 300, y: 150 },
      obstacles: [name],
    });
    const box = { x0: spot.x - 35, x1: spot.x + 35, y0: spot.y - 3, y1: spot.y + 23 };
    const covers = box.x0 < name.x1 && box.x1 > name.x0 && box.y0 < name.y1 && box.y1 > name.y0;
    expect(covers).toBe(false);
    // Still beside its own line: within the segment's span and near its height.
    expect(spot.x).toBeGreaterThan(100);
    expect(spot.x).toBeLessThan(300);
    expect(Math.abs(spot.y + 10 - 150)).toBeLessThan(40);
  });

  it('follows a curved line through its middle', () => {
    // A curve bowing up to y = 100 at its middle.
    const spot = edgeLabelSpot(size, { x: 200, y: 100 }, panel, {
      from: { x: 100, y: 200 },
      to: { x: 300, y: 200 },
      obstacles: [{ x0: 150, y0: 60, x1: 250, y1: 130 }],
    });
    // Off the middle, the curve is lower: the spot sits near the curve, not near the chord.
    expect(spot.y).toBeLessThan(190);
  });

  it('stays in the panel', () => {
    const spot = edgeLabelSpot(size, { x: 5, y: 5 }, panel, null);
    expect(spot).toEqual({ x: 37, y: 5, leader: null, covers: 0 });
  });

  it('goes to the nearest free room with a leader when the line is crowded', () => {
    // Names cover a band 120 px high around the whole line.
    const band = { x0: 0, y0: 90, x1: 400, y1: 210 };
    const spot = edgeLabelSpot(size, { x: 200, y: 150 }, panel, {
      from: { x: 100, y: 150 },
      to: { x: 300, y: 150 },
      obstacles: [band],
    });
    expect(spot.leader).toEqual({ x: 200, y: 150 });
    // Just clear of the band, above or below it, near the middle.
    const top = spot.y - 3;
    const bottom = spot.y + size.h + 3;
    expect(bottom <= band.y0 || top >= band.y1).toBe(true);
    expect(Math.abs(spot.x - 200)).toBeLessThan(20);
    expect(Math.min(Math.abs(bottom - band.y0), Math.abs(top - band.y1))).toBeLessThan(12);
  });
});

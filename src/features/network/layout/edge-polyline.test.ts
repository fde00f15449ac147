import { describe, expect, it } from 'vitest';
import { edgePolyline } from './edge-polyline';

describe('edgePolyline', () => {
  it('keeps a straight line as one piece', () => {
    expect(edgePolyline('M10,20L30,-40.5')).toEqual([{ x1: 10, y1: 20, x2: 30, y2: -40.5 }]);
  });

  it('follows a quadratic curve through its middle, not its chord', () => {
    const pieces = edgePolyline('M0,0Q50,100 100,0');
    expect(pieces).toHaveLength(10);
    expect(pieces[0]).toMatchObject({ x1: 0, y1: 0 });
    expect(pieces[9]).toMatchObject({ x2: 100, y2: 0 });
    // The curve's middle (t = 0.5) is at (50, 50): half way to the control point.
    expect(pieces[4]?.x2).toBeCloseTo(50);
    expect(pieces[4]?.y2).toBeCloseTo(50);
  });
});

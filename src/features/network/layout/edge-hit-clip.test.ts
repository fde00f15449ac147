import { describe, expect, it } from 'vitest';
import { edgeHitClip } from './edge-hit-clip';

describe('edgeHitClip', () => {
  it('is the panel with a hole per node and per label', () => {
    const d = edgeHitClip(100, 50, [{ x: 10, y: 20, r: 5 }], [{ x0: 1, y0: 2, x1: 3, y1: 4 }], 10);
    expect(d).toBe(
      'M-10,-10H110V60H-10Z' + 'M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z' + 'M1,2H3V4H1Z',
    );
    expect(d.match(/M/g)).toHaveLength(3);
  });
});

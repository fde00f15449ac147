import { describe, expect, it } from 'vitest';
import { clearMargin } from './clear-margin';
import type { Margin } from './fit-projection';

const size = { width: 400, height: 300 };

/** A stand-in fit: one place at the frame's top-right corner, scale shrinking as margins grow. */
const corner = (m: Margin) => ({
  scale: 1000 - m.left - m.right - m.top - m.bottom,
  points: [[size.width - m.right, m.top] as [number, number]],
});

describe('clearMargin', () => {
  it('keeps the base margin when nothing is under a control', () => {
    expect(clearMargin(20, size, [{ x: 0, y: 250, width: 50, height: 50 }], 4, corner)).toEqual({
      top: 20,
      right: 20,
      bottom: 20,
      left: 20,
    });
  });

  it('grows the margin past a corner control until the framed place is clear of it', () => {
    const zoom = { x: 350, y: 10, width: 40, height: 80 };
    const m = clearMargin(20, size, [zoom], 4, corner);
    const [[x, y]] = corner(m).points as [[number, number]];
    const under = x > zoom.x - 4 && x < zoom.x + zoom.width + 4 && y < zoom.y + zoom.height + 4;
    expect(under).toBe(false);
    // Only one side grew: the one that cost the map least scale (the right, 54 px vs 94 px).
    expect(m).toEqual({ top: 20, right: 54, bottom: 20, left: 20 });
  });

  it('never squeezes the frame past half the view for a control', () => {
    const huge = { x: 0, y: 0, width: 400, height: 290 };
    const m = clearMargin(20, size, [huge], 4, corner);
    expect(m.left + m.right).toBeLessThan(size.width / 2);
    expect(m.top + m.bottom).toBeLessThan(size.height / 2);
  });
});

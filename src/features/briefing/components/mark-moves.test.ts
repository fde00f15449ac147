import { describe, expect, it } from 'vitest';
import {
  easeInOutCubic,
  markMoves,
  SLIDE_TRANSITION_MS,
  toLocal,
  transitionProgress,
} from './mark-moves';

const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });

describe('markMoves', () => {
  it('moves the marks both pictures share, centre to centre, and leaves the rest to fade', () => {
    const from = new Map([
      ['data-entity:a:g#0', box(0, 0)],
      ['data-entity:b:g#0', box(100, 100)],
      ['data-entity:gone:g#0', box(50, 50)],
    ]);
    const to = new Map([
      ['data-entity:a:g#0', box(30, -40, 20, 20)], // centre (5,5) → (40,-30)
      ['data-entity:b:g#0', box(100.2, 100.1)], // under half a pixel: no move
      ['data-entity:new:g#0', box(10, 10)],
    ]);
    const moves = markMoves(from, to);
    expect([...moves.keys()]).toEqual(['data-entity:a:g#0']);
    expect(moves.get('data-entity:a:g#0')).toEqual({ dx: 35, dy: -35 });
  });
});

describe('toLocal', () => {
  it('divides by the picture’s scale, and undoes a rotation', () => {
    expect(toLocal({ dx: 30, dy: -12 }, { a: 1.5, b: 0, c: 0, d: 1.5 })).toEqual({
      dx: 20,
      dy: -8,
    });
    // A quarter turn: screen right is the element's up.
    expect(toLocal({ dx: 10, dy: 0 }, { a: 0, b: 1, c: -1, d: 0 })).toEqual({ dx: 0, dy: -10 });
  });
  it('moves nothing through a transform that cannot be inverted', () => {
    expect(toLocal({ dx: 10, dy: 5 }, { a: 0, b: 0, c: 0, d: 0 })).toEqual({ dx: 0, dy: 0 });
  });
});

describe('transition timing', () => {
  it('eases from 0 to 1, half way at half time, clamped outside', () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(0.5)).toBe(0.5);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(0.25)).toBeCloseTo(0.0625, 6);
    expect(easeInOutCubic(-1)).toBe(0);
    expect(easeInOutCubic(2)).toBe(1);
  });
  it('lands within the transition’s time, which is under 600 ms', () => {
    expect(SLIDE_TRANSITION_MS).toBeLessThan(600);
    expect(transitionProgress(0)).toBe(0);
    expect(transitionProgress(225, 450)).toBe(0.5);
    expect(transitionProgress(450, 450)).toBe(1);
    expect(transitionProgress(10, 0)).toBe(1);
  });
});

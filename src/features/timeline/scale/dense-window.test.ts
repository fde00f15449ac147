import { describe, expect, it } from 'vitest';
import { denseWindow } from './dense-window';

describe('denseWindow', () => {
  it('finds the busiest week and trims it to its days', () => {
    // 1, 40, then 100..104 busy, 300.
    expect(denseWindow([1, 40, 100, 101, 101, 102, 103, 104, 300])).toEqual({
      start: 100,
      end: 105,
    });
  });

  it('prefers the shorter window on a tie, then the earlier', () => {
    expect(denseWindow([0, 6, 12, 20, 21, 22])).toEqual({ start: 20, end: 23 });
    expect(denseWindow([0, 1, 2, 10, 11, 12])).toEqual({ start: 0, end: 3 });
  });

  it('needs enough days to call a window dense', () => {
    expect(denseWindow([])).toBeNull();
    expect(denseWindow([5, 50])).toBeNull();
    expect(denseWindow([5, 6], 7, 2)).toEqual({ start: 5, end: 7 });
  });

  it('does not depend on input order', () => {
    expect(denseWindow([104, 1, 102, 100, 300, 101, 40, 103])).toEqual({ start: 100, end: 105 });
  });
});

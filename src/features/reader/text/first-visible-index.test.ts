import { describe, expect, it } from 'vitest';
import { firstIndexEndingBelow } from './first-visible-index';

describe('firstIndexEndingBelow', () => {
  it('finds the first line below a point, measuring about log2(n) boxes', () => {
    const n = 100_000;
    let measured = 0;
    const bottomOf = (i: number) => {
      measured += 1;
      return Math.floor(i / 10) * 20 + 18; // ten marks a line, 20 px lines
    };
    expect(firstIndexEndingBelow(n, bottomOf, 1000)).toBe(500);
    expect(measured).toBeLessThanOrEqual(18);
    expect(firstIndexEndingBelow(n, bottomOf, -5)).toBe(0);
    expect(firstIndexEndingBelow(n, bottomOf, 1e9)).toBe(n);
    expect(firstIndexEndingBelow(0, bottomOf, 0)).toBe(0);
  });
});

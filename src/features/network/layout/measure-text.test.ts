import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './measure-text';

describe('estimateTextWidth', () => {
  it('grows with length, size and weight', () => {
    const w = estimateTextWidth('Choe Son-hui', 12, false);
    expect(w).toBeGreaterThan(60);
    expect(w).toBeLessThan(90);
    expect(estimateTextWidth('Choe Son-hui', 24, false)).toBeCloseTo(w * 2, 6);
    expect(estimateTextWidth('Choe Son-hui', 12, true)).toBeGreaterThan(w);
    expect(estimateTextWidth('', 12, false)).toBe(0);
  });

  it('counts wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('WWW', 10, false)).toBeGreaterThan(
      estimateTextWidth('iii', 10, false) * 2,
    );
  });
});

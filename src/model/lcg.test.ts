import { describe, expect, it } from 'vitest';
import { createLcg } from './lcg';

describe('createLcg', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createLcg(42);
    const b = createLcg(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first[0]).toBeCloseTo(0.2523451747838408, 12);
  });

  it('differs between seeds and stays in [0, 1)', () => {
    const a = createLcg(1);
    const b = createLcg(2);
    expect(a()).not.toBe(b());
    const c = createLcg(7);
    for (let i = 0; i < 1000; i++) {
      const x = c();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

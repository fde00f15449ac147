import { describe, expect, it } from 'vitest';
import { damerauDistance } from './damerau-distance';

describe('damerauDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(damerauDistance('kogn', 'kong')).toBe(1);
    expect(damerauDistance('lavrvo', 'lavrov')).toBe(1);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(damerauDistance('pompeio', 'pompeo')).toBe(1);
    expect(damerauDistance('matvienko', 'matviyenko')).toBe(1);
    expect(damerauDistance('kitten', 'sitting')).toBe(3);
    expect(damerauDistance('', 'abc')).toBe(3);
    expect(damerauDistance('same', 'same')).toBe(0);
  });
  it('gives up past max with max + 1', () => {
    expect(damerauDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(damerauDistance('a', 'abcdef', 2)).toBe(3);
  });
});

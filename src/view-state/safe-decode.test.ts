import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeOrKeep, hasControlCharacters, safeDecodeURIComponent } from './safe-decode';

describe('safe percent-decoding', () => {
  it('returns null for malformed escapes instead of throwing', () => {
    expect(safeDecodeURIComponent('%')).toBeNull();
    expect(safeDecodeURIComponent('%E0%A4%A')).toBeNull();
    expect(safeDecodeURIComponent('%D8%00')).toBeNull();
    expect(safeDecodeURIComponent('a%20b')).toBe('a b');
    expect(decodeOrKeep('q=%')).toBe('q=%');
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof decodeOrKeep(s)).toBe('string');
      }),
      { seed: 14, numRuns: 2000 },
    );
  });

  it('spots control characters', () => {
    expect(hasControlCharacters('a\nb')).toBe(true);
    expect(hasControlCharacters('a\rb')).toBe(true);
    expect(hasControlCharacters('six-party')).toBe(false);
  });
});

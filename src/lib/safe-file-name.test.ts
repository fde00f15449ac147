import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name';

describe('safeFileName', () => {
  it('joins parts with hyphens and keeps letters, digits, dots and underscores', () => {
    expect(safeFileName('six-party-talks-2018-10-08', 'slide-3')).toBe(
      'six-party-talks-2018-10-08-slide-3',
    );
    expect(safeFileName('a_b.c', 'd')).toBe('a_b.c-d');
  });

  it('turns runs of anything else into one hyphen and trims the ends', () => {
    expect(safeFileName('  Choe / Son-hui: «Moscow» ', 'x')).toBe('Choe-Son-hui-Moscow-x');
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
  });

  it('is never empty and never longer than 120 characters', () => {
    expect(safeFileName('###')).toBe('article-atlas');
    expect(safeFileName('a'.repeat(500))).toHaveLength(120);
  });
});

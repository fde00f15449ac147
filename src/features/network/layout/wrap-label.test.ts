import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Choe Son-hui')).toEqual(['Choe Son-hui']);
    expect(wrapLabel('Valentina Matviyenko')).toEqual(['Valentina Matviyenko']);
  });

  it('balances two lines', () => {
    expect(wrapLabel('Russian embassy in North Korea')).toEqual([
      'Russian embassy',
      'in North Korea',
    ]);
    expect(wrapLabel('Korean Central News Agency')).toEqual(['Korean Central', 'News Agency']);
  });

  it('uses three lines for a very long name, and no line is longer than the limit', () => {
    const lines = wrapLabel('Ministry of Foreign Affairs of the People’s Republic of China');
    expect(lines).toHaveLength(3);
    expect(lines.join(' ')).toBe('Ministry of Foreign Affairs of the People’s Republic of China');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(24);
  });

  it('ellipsises what cannot fit', () => {
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali…']);
    const lines = wrapLabel('one two three four five six seven eight nine ten', 8, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from './text-measure';
import { wrapText } from './wrap-text';

const style = { size: 12 } as const;
const w = (s: string) => measureText(s, style);

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Choe Son-hui', 150, style)).toEqual(['Choe Son-hui']);
    expect(wrapText('  Choe \n Son-hui ', 150, style)).toEqual(['Choe Son-hui']);
  });

  it('fills greedily by default and balances on request', () => {
    const text = 'Russian embassy in North Korea';
    const width = w('Russian embassy in North') + 1;
    expect(wrapText(text, width, style)).toEqual(['Russian embassy in North', 'Korea']);
    expect(wrapText(text, width, style, { balance: true })).toEqual([
      'Russian embassy',
      'in North Korea',
    ]);
  });

  it('cuts at maxLines with an ellipsis that still fits', () => {
    const text = 'Ministry of Foreign Affairs of the People’s Republic of China';
    const lines = wrapText(text, 100, style, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(w(line)).toBeLessThanOrEqual(100);
    expect(wrapText('one two three four', w('one two'), style, { maxLines: 1 })).toEqual(['one…']);
  });

  it('breaks a word wider than a line between characters', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 60, style);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(w(line)).toBeLessThanOrEqual(60);
    // One line: the longest beginning of the word that fits with its ellipsis.
    const [cut] = wrapText('Supercalifragilisticexpialidocious', 60, style, { maxLines: 1 });
    const kept = (cut ?? '').slice(0, -1);
    expect(cut?.endsWith('…')).toBe(true);
    expect(w(`${kept}…`)).toBeLessThanOrEqual(60);
    expect(w(`${'Supercalifragilisticexpialidocious'.slice(0, kept.length + 1)}…`)).toBeGreaterThan(
      60,
    );
  });

  it('gives no lines for blank text and one line for a width that is not positive', () => {
    expect(wrapText('   ', 80, style)).toEqual([]);
    expect(wrapText('a b', 0, style)).toEqual(['a b']);
    expect(wrapText('a b', Number.NaN, style)).toEqual(['a b']);
  });

  it('never breaks at a no-break space', () => {
    const lines = wrapText('Steve Biegun visits Japan\u00a0· last month', 150, style);
    expect(lines.at(-1)).toMatch(/^\S+\u00a0· last month$/u);
    expect(lines.some((l) => l.startsWith('·'))).toBe(false);
  });

  it('never overflows, loses no word, and balances without adding lines', () => {
    const word = fc.stringMatching(/^[A-Za-zéü’-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 60, max: 400 }),
        (words, width) => {
          const text = words.join(' ');
          const greedy = wrapText(text, width, style);
          const even = wrapText(text, width, style, { balance: true });
          for (const line of [...greedy, ...even]) expect(w(line)).toBeLessThanOrEqual(width);
          expect(greedy.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          expect(even.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          expect(even.length).toBe(greedy.length);
          expect(Math.max(...even.map(w))).toBeLessThanOrEqual(Math.max(...greedy.map(w)));
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { findWholeWord, isWholeWordAt, markNames, wholeWordFinder } from './mark-names';

describe('markNames', () => {
  it('marks the longest name first and never splits it', () => {
    const text = 'North Korea and South Korea; Korea is split. North Korean envoys.';
    const hits = markNames(text, [
      { key: 'korea', name: 'Korea' },
      { key: 'nk', name: 'North Korea' },
      { key: 'sk', name: 'South Korea' },
    ]);
    expect(hits.map((h) => [h.key, h.start, h.end])).toEqual([
      ['nk', 0, 11],
      ['sk', 16, 27],
      ['korea', 29, 34],
    ]);
    // "North Korean" is not "North Korea": whole words only.
    expect(hits.every((h) => h.start !== 45)).toBe(true);
  });

  it('keeps a trailing dot that belongs to the name and stops at punctuation that does not', () => {
    const text = 'The U.S. said so. Officials in the U.S., Japan, and Peru agreed.';
    const hits = markNames(text, [
      { key: 'us', name: 'U.S.' },
      { key: 'jp', name: 'Japan' },
    ]);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['U.S.', 'U.S.', 'Japan']);
  });

  it('counts UTF-16 code units, so names after an astral character are right', () => {
    const text = '𠮷田 met Zoë in Kraków; Kraków again.';
    const hits = markNames(text, [
      { key: 'zoe', name: 'Zoë' },
      { key: 'krakow', name: 'Kraków' },
    ]);
    expect(hits.map((h) => [h.start, h.end])).toEqual([
      [8, 11], // 𠮷 is two code units, 田 one, then " met "
      [15, 21],
      [23, 29],
    ]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.name);
  });

  it('treats letters in any script and combining marks as word characters', () => {
    expect(isWholeWordAt('Iranian', 0, 'Iran')).toBe(false);
    expect(isWholeWordAt('Iran’s', 0, 'Iran')).toBe(true);
    expect(isWholeWordAt('Zoe\u0308 came', 0, 'Zoe')).toBe(false);
    expect(findWholeWord('Москва и Москвы', 'Москва')).toEqual([0]);
  });

  it('gives a name shared by two entries to the first', () => {
    const hits = markNames('Kim met Kim.', [
      { key: 'a', name: 'Kim' },
      { key: 'b', name: 'Kim' },
    ]);
    expect(hits.map((h) => h.key)).toEqual(['a', 'a']);
  });

  it('finds with a word index exactly what the scan finds', () => {
    // Texts and names drawn from a few pieces that make word edges likely: runs of letters,
    // digits, combining marks, astral letters, spaces and punctuation.
    // A fixed linear congruential sequence: the same strings on every run.
    let state = 42;
    const random = () => (state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
    const pieces = ['Kim', 'Kim ', 'a', 'a a', '.', ' ', 'U.S.', '\u0308', '𝒜', '9', '’s', '-'];
    const draw = (n: number) =>
      Array.from({ length: n }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    let compared = 0;
    for (let round = 0; round < 200; round++) {
      const text = draw(40);
      const find = wholeWordFinder(text);
      for (let k = 0; k < 10; k++) {
        const name = draw(1 + Math.floor(random() * 3));
        expect(find(name), `${JSON.stringify(name)} in ${JSON.stringify(text)}`).toEqual(
          findWholeWord(text, name),
        );
        compared += findWholeWord(text, name).length;
      }
    }
    // The rounds found names, so the equality above was not only of empty lists.
    expect(compared).toBeGreaterThan(500);
  });
});

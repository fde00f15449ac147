import { describe, expect, it } from 'vitest';
import { kwic } from './kwic';

const text =
  'First paragraph here.\n\nOn Oct. 5, Choe held vice minister-level talks in Beijing with Kong Xuanyou.\n\nLast.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('kwic', () => {
  it('returns the mention with words either side', () => {
    const line = kwic(text, at('Choe'), 20);
    expect(line.match).toBe('Choe');
    expect(line.before).toBe('On Oct. 5, ');
    expect(line.after).toBe(' held vice');
    expect(line.clippedBefore).toBe(false);
    expect(line.clippedAfter).toBe(true);
  });

  it('never crosses a paragraph break', () => {
    const line = kwic(text, at('On Oct.'), 100);
    expect(line.before).toBe('');
    expect(line.after.includes('\n')).toBe(false);
    expect(line.after.endsWith('Xuanyou.')).toBe(true);
  });

  it('never cuts a word in half', () => {
    for (let r = 5; r < 60; r += 7) {
      const line = kwic(text, at('Beijing'), r);
      const full = line.before + line.match + line.after;
      expect(text).toContain(full);
      const start = text.indexOf(full);
      expect([' ', '\n', undefined]).toContain(start === 0 ? undefined : text[start - 1]);
      expect([' ', '\n', undefined, '.']).toContain(text[start + full.length]);
    }
  });
});

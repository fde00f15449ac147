import { describe, expect, it } from 'vitest';
import { tagRanges } from './tag-ranges';

describe('tagRanges', () => {
  it('keeps short blocks whole', () => {
    const text = 'One block.\n\nAnother one.';
    expect(
      tagRanges(text, [
        { start: 0, end: 10 },
        { start: 12, end: 24 },
      ]),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 12, end: 24 },
    ]);
  });

  it('cuts a long block after sentence ends, covering every word once', () => {
    const sentence = 'Envoy Maria Lindqvist met the minister in Nairobi. ';
    const text = sentence.repeat(200).trimEnd();
    const ranges = tagRanges(text, [{ start: 0, end: text.length }], 1000);
    expect(ranges.length).toBeGreaterThan(10);
    for (const r of ranges) {
      expect(r.end - r.start).toBeLessThanOrEqual(1000);
      // Each passage starts a sentence and ends with its full stop.
      expect(text.slice(r.start, r.start + 5)).toBe('Envoy');
      expect(text.charAt(r.end - 1)).toBe('.');
    }
    const covered = ranges.map((r) => text.slice(r.start, r.end)).join(' ');
    expect(covered).toBe(text);
  });

  it('cuts at a space when a passage has no sentence end', () => {
    const text = 'word '.repeat(500).trimEnd();
    const ranges = tagRanges(text, [{ start: 0, end: text.length }], 100);
    for (const r of ranges) {
      expect(text.charAt(r.start)).toBe('w');
      expect(text.charAt(r.end - 1)).toBe('d');
    }
  });
});

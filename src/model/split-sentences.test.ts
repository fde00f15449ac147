import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on full stops followed by a capital', () => {
    expect(texts('Choe went. She talked.')).toEqual(['Choe went.', 'She talked.']);
  });

  it('does not split after month abbreviations or initials', () => {
    expect(texts('On Oct. 5, Choe held talks. TASS reported it.')).toEqual([
      'On Oct. 5, Choe held talks.',
      'TASS reported it.',
    ]);
    expect(texts('At a UNSC meeting on Sept. 27, they spoke. J. Smith agreed.')).toEqual([
      'At a UNSC meeting on Sept. 27, they spoke.',
      'J. Smith agreed.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('She said she had “come for talks.” Then she left.')).toEqual([
      'She said she had “come for talks.”',
      'Then she left.',
    ]);
    expect(texts('“I’m not really sure,” she said.')).toEqual(['“I’m not really sure,” she said.']);
  });

  it('works within a range and reports absolute offsets', () => {
    const text = 'Head.\n\nOne. Two.';
    const spans = splitSentences(text, 7, text.length);
    expect(spans).toEqual([
      { start: 7, end: 11 },
      { start: 12, end: 16 },
    ]);
  });

  it('covers text without a final stop and ignores trailing space', () => {
    expect(texts('No stop at the end  ')).toEqual(['No stop at the end']);
    expect(texts('')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { cutRuns, segmentPassage } from './segment-passage';

describe('cutRuns', () => {
  it('cuts at evidence boundaries inside the range only', () => {
    expect(cutRuns(0, 10, [{ start: 3, end: 6 }])).toEqual([
      { start: 0, end: 3, evidence: false },
      { start: 3, end: 6, evidence: true },
      { start: 6, end: 10, evidence: false },
    ]);
    expect(cutRuns(0, 10, [{ start: -5, end: 50 }])).toEqual([
      { start: 0, end: 10, evidence: true },
    ]);
    expect(cutRuns(0, 10, [])).toEqual([{ start: 0, end: 10, evidence: false }]);
  });
});

describe('segmentPassage', () => {
  const mentions = [
    { entity: 'a', start: 0, end: 3 },
    { entity: 'b', start: 8, end: 11 },
    { entity: 'c', start: 30, end: 33 },
  ];

  it('interleaves text and mentions and skips mentions outside the passage', () => {
    const pieces = segmentPassage({ start: 0, end: 20 }, mentions, []);
    expect(
      pieces.map((p) =>
        p.type === 'text' ? `t${p.run.start}-${p.run.end}` : `m${p.mention.entity}`,
      ),
    ).toEqual(['ma', 't3-8', 'mb', 't11-20']);
  });

  it('keeps a mention whole when evidence starts inside it', () => {
    const pieces = segmentPassage({ start: 0, end: 12 }, mentions, [{ start: 9, end: 12 }]);
    const b = pieces.find((p) => p.type === 'mention' && p.mention.entity === 'b');
    expect(b?.type === 'mention' ? b.runs : []).toEqual([
      { start: 8, end: 9, evidence: false },
      { start: 9, end: 11, evidence: true },
    ]);
    const total = pieces.reduce(
      (n, p) =>
        n +
        (p.type === 'text'
          ? p.run.end - p.run.start
          : p.runs.reduce((m, r) => m + r.end - r.start, 0)),
      0,
    );
    expect(total).toBe(12);
  });

  it('numbers mentions from the given offset', () => {
    const pieces = segmentPassage({ start: 0, end: 40 }, mentions, [], 10);
    expect(
      pieces
        .filter((p) => p.type === 'mention')
        .map((p) => (p.type === 'mention' ? p.mentionIndex : -1)),
    ).toEqual([10, 11, 12]);
  });
});

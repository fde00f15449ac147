import { describe, expect, it } from 'vitest';
import { evidenceText } from './evidence-text';

describe('evidenceText', () => {
  const text = 'Ann met Bob. They talked. Bob left.';
  it('joins passages in text order with an ellipsis', () => {
    expect(
      evidenceText(text, [
        { start: 26, end: 35 },
        { start: 0, end: 12 },
      ]),
    ).toBe('Ann met Bob. … Bob left.');
  });

  it('quotes a repeated passage once and gives "" for none', () => {
    expect(
      evidenceText(text, [
        { start: 0, end: 12 },
        { start: 0, end: 12 },
      ]),
    ).toBe('Ann met Bob.');
    expect(evidenceText(text, [])).toBe('');
  });
});

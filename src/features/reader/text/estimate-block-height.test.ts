import { describe, expect, it } from 'vitest';
import { estimateBlockHeight } from './estimate-block-height';

describe('estimateBlockHeight', () => {
  it('gives one line and its space to a short paragraph', () => {
    // 29.4 px line + 18.4 px after.
    expect(estimateBlockHeight('paragraph', 20, 600)).toBe(48);
  });
  it('grows a line for each column width of characters', () => {
    // 600 px / 9.2 px per character = 65 per line: 650 characters take 10 lines.
    expect(estimateBlockHeight('paragraph', 650, 600)).toBe(Math.round(10 * 29.4 + 18.4));
    expect(estimateBlockHeight('paragraph', 651, 600)).toBe(Math.round(11 * 29.4 + 18.4));
  });
  it('takes more lines in a narrower column and for a larger face', () => {
    expect(estimateBlockHeight('paragraph', 1000, 300)).toBeGreaterThan(
      estimateBlockHeight('paragraph', 1000, 600),
    );
    expect(estimateBlockHeight('headline', 40, 600)).toBeGreaterThan(
      estimateBlockHeight('byline', 40, 600),
    );
  });
  it('keeps at least a few characters a line in a column that has no width yet', () => {
    expect(estimateBlockHeight('paragraph', 80, 0)).toBe(Math.round(10 * 29.4 + 18.4));
  });
});

import { describe, expect, it } from 'vitest';
import { smallestTextPx, svgFontSizes } from './svg-font-sizes';

describe('svgFontSizes', () => {
  it('reads attributes and style declarations, not relative sizes', () => {
    const svg =
      '<svg><text font-size="24.5">a</text><text style="font-size: 30px; fill: red">b</text><text font-size="1.2em">c</text><g font-size="40"/></svg>';
    expect(svgFontSizes(svg)).toEqual([24.5, 30, 40]);
  });

  it('gives the smallest text at the drawn scale, or null without text', () => {
    expect(smallestTextPx('<svg><text font-size="20">a</text></svg>', 1.5)).toBe(30);
    expect(smallestTextPx('<svg><rect/></svg>')).toBeNull();
  });
});

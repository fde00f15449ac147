import { useCallback } from 'react';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * A virtual list's range extractor that also draws row `kept` (the row holding the focus or the
 * Tab stop) wherever the list is scrolled, so keys can move focus to it and it is never dropped
 * from the page while focused. One rule for the article, the KWIC list and a count's places.
 */
export function useKeptRowRange(kept: number | null): (range: Range) => number[] {
  return useCallback(
    (range: Range) => {
      const out = defaultRangeExtractor(range);
      if (kept === null || out.includes(kept) || kept >= range.count) return out;
      return [...out, kept].sort((a, b) => a - b);
    },
    [kept],
  );
}

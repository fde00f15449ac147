/** A half-open run of days [start, end): day numbers, end exclusive. */
export interface DayWindow {
  start: number;
  end: number;
}

/**
 * The window of at most `maxDays` days holding the most of the given days (each day a point), or
 * null when no window holds `minPoints`. Ties go to the shorter window, then the earlier one.
 * The window is trimmed to the days it holds, so a busy week "5–9 Oct" is not padded to seven.
 * Generic on purpose: the busy stretch of any story is found from its dates, never written in.
 */
export function denseWindow(days: readonly number[], maxDays = 7, minPoints = 3): DayWindow | null {
  const sorted = [...days].sort((a, b) => a - b);
  let best: { count: number; first: number; last: number } | null = null;
  let j = 0;
  for (const [i, first] of sorted.entries()) {
    j = Math.max(j, i);
    while (j + 1 < sorted.length && (sorted[j + 1] ?? Infinity) - first < maxDays) j++;
    const last = sorted[j] ?? first;
    const count = j - i + 1;
    const better =
      best === null ||
      count > best.count ||
      (count === best.count && last - first < best.last - best.first);
    if (better) best = { count, first, last };
  }
  if (best === null || best.count < minPoints) return null;
  return { start: best.first, end: best.last + 1 };
}

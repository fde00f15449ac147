/**
 * Runs an iterator's steps until it ends or `budgetMs` has passed since the slice began: the
 * clock is read after each step (and after `afterStep`, which is timed with it), so a slice runs
 * at least one step and overruns the budget by at most one. Returns true when the steps are all
 * done. For work split over several tasks, so no task of it is long (see base-cache.ts).
 */
export function runSlice(
  steps: Iterator<unknown>,
  budgetMs: number,
  now: () => number,
  afterStep?: () => void,
): boolean {
  const start = now();
  for (;;) {
    if (steps.next().done) return true;
    afterStep?.();
    if (now() - start >= budgetMs) return false;
  }
}

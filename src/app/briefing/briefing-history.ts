/**
 * How many history entries the presenter has pushed since the briefing was opened, kept in each
 * entry's router state: 0 on the entry the briefing opened on.
 */
export function briefingDepth(state: unknown): number {
  if (state !== null && typeof state === 'object' && 'briefingDepth' in state) {
    const depth = state.briefingDepth;
    if (typeof depth === 'number' && Number.isInteger(depth) && depth >= 0) return depth;
  }
  return 0;
}

/**
 * How far back Escape goes to reach the page the briefing was opened from: past every slide the
 * presenter pushed, to the entry before them. Null when there is no such entry (the briefing was
 * opened from a link in a new tab): the caller goes to the workspace instead. `historyState` is
 * window.history.state, where react-router keeps the entry's index (`idx`).
 */
export function exitSteps(depth: number, historyState: unknown): number | null {
  if (historyState === null || typeof historyState !== 'object' || !('idx' in historyState))
    return null;
  const idx = historyState.idx;
  if (typeof idx !== 'number' || idx <= depth) return null;
  return depth + 1;
}

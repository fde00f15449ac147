/** What a key does in the presenter. */
export type PresenterAction =
  'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'escape';

/**
 * What the key landed on, as far as it matters: text fields keep every key but Escape. Nothing
 * else does: a slide has no widgets, and a clicker's keys must reach the presenter wherever the
 * last click went (a focused button does not keep Space, which would press it instead).
 */
export type KeyTarget = 'text' | 'widget' | 'button' | 'other';

export interface PresenterKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target: KeyTarget;
}

// Clickers send PageDown/PageUp (some arrows), and "b" or "." for a black screen.
const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'escape',
};

/**
 * Maps a key press to a presenter action, or null to leave the key to the browser or the focused
 * element. With Ctrl, Cmd or Alt held, the browser's shortcuts (print, back) keep working.
 */
export function presenterAction(event: PresenterKey): PresenterAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = KEYS[event.key];
  if (action === undefined) return null;
  if (event.target === 'text') return action === 'escape' ? 'escape' : null;
  return action;
}

/** The slide a move lands on, 1-based, kept within the deck. */
export function targetSlide(
  action: 'next' | 'previous' | 'first' | 'last',
  current: number,
  count: number,
): number {
  if (count <= 0) return 1;
  const next =
    action === 'next'
      ? current + 1
      : action === 'previous'
        ? current - 1
        : action === 'first'
          ? 1
          : count;
  return Math.max(1, Math.min(count, next));
}

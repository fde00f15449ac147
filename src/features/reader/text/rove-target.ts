/** Where a roving stop lands in a block: its first name (else its ¶), its last item, or an item. */
export type RoveAt = 'first' | 'last' | number;

/** The article's roving stop: a block (by index) and the item in it. */
export interface RoveStop {
  block: number;
  at: RoveAt;
}

/** Where focus is now: the block, the item's index (0 is the block's ¶, names from 1), items. */
export interface RovePlace {
  block: number;
  item: number;
  items: number;
}

/** The keys that move the article's roving focus. */
export const ROVE_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'];

/**
 * Where a key moves focus in the article's text, read in order: Right and Left step through a
 * block's items (its ¶ first, then its names) and on into the next or previous block, Down and
 * Up go to the next or previous block's first name, Home and End to this block's first name and
 * last item. Null when the key leads past either end of the text (focus stays).
 */
export function roveTarget(key: string, place: RovePlace, blockCount: number): RoveStop | null {
  const { block, item, items } = place;
  const next = block + 1 < blockCount ? block + 1 : null;
  const previous = block > 0 ? block - 1 : null;
  switch (key) {
    case 'ArrowRight':
      if (item + 1 < items) return { block, at: item + 1 };
      return next === null ? null : { block: next, at: 'first' };
    case 'ArrowLeft':
      if (item > 0) return { block, at: item - 1 };
      return previous === null ? null : { block: previous, at: 'last' };
    case 'ArrowDown':
      return next === null ? null : { block: next, at: 'first' };
    case 'ArrowUp':
      return previous === null ? null : { block: previous, at: 'first' };
    case 'Home':
      return { block, at: 'first' };
    case 'End':
      return { block, at: 'last' };
    default:
      return null;
  }
}

/** The item a stop names in a block of `names` names (0 is the ¶, names from 1). */
export function resolveRoveAt(at: RoveAt, names: number): number {
  if (at === 'first') return names > 0 ? 1 : 0;
  if (at === 'last') return names;
  return Math.max(0, Math.min(names, at));
}

/** The index a key moves to in a flat list of `count` items (a list's roving focus); null if none. */
export function listRoveTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return index + 1 < count ? index + 1 : null;
    case 'ArrowUp':
    case 'ArrowLeft':
      return index > 0 ? index - 1 : null;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { listRoveTarget } from '../text/rove-target';

/** What each item of a roving list is given: which item holds the Tab stop, and its keys. */
export interface ListRover {
  /** The item holding the list's one Tab stop. */
  active: number;
  /** For each item: the arrows, Home and End move the stop and focus. */
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  /** For each item: a click or a region's entry that focuses it takes the stop. */
  onFocusItem: (index: number) => void;
}

/**
 * Roving tabindex over a list (WAI-ARIA): one Tab stop, the arrows, Home and End inside.
 * `onMove` runs before focus moves (a virtual list scrolls the item into its window there);
 * focus follows once the item is in the page.
 */
export function useListRover(
  count: number,
  onMove?: (index: number) => void,
): {
  /** Holds the list's items (`[data-rove-index]`): focus is looked for there. */
  listRef: RefObject<HTMLOListElement | null>;
  rover: ListRover;
} {
  const [chosen, setChosen] = useState(0);
  const active = Math.max(0, Math.min(chosen, count - 1));
  const pending = useRef(false);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!pending.current) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-rove-index="${active}"]`);
    if (!item) return;
    pending.current = false;
    item.focus();
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const next = listRoveTarget(e.key, active, count);
    if (next === null) return;
    e.preventDefault();
    pending.current = true;
    onMove?.(next);
    setChosen(next);
  };
  return { listRef, rover: { active, onKeyDown, onFocusItem: setChosen } };
}

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Block } from '../../../bundle/bundle-schema';
import {
  ROVE_KEYS,
  roveTarget,
  type RoveAt,
  type RovePlace,
  type RoveStop,
} from '../text/rove-target';

/** The article's roving focus: where its Tab stop is, and whether focus is in the text now. */
export interface ReaderRoving {
  /** The stop the keyboard last reached (null before any): its block keeps the Tab stop. */
  rover: RoveStop | null;
  /** Each block's stop: the item the keyboard last reached there, else its first name. */
  stopOf: (block: number) => RoveAt;
  /** Focus is in the article's text: a long article keeps its stop where focus is. */
  active: boolean;
}

/** The last stop and, per block, the item last reached there (a group remembers its place). */
interface RoveMemory {
  rover: RoveStop | null;
  places: ReadonlyMap<number, RoveAt>;
}

const FORGOTTEN: RoveMemory = { rover: null, places: new Map() };

function remember(memory: RoveMemory, stop: RoveStop): RoveMemory {
  const { rover } = memory;
  if (rover && rover.block === stop.block && rover.at === stop.at) return memory;
  return { rover: stop, places: new Map(memory.places).set(stop.block, stop.at) };
}

const ITEM = 'button.mention, .block-anchor';

/** A block's items in reading order: its ¶ first, then its names. */
function itemsOf(block: Element): HTMLElement[] {
  return [...block.querySelectorAll<HTMLElement>(ITEM)];
}

/**
 * Roving focus over the article's names (WAI-ARIA roving tabindex): each block is one Tab stop
 * (the item last reached there, else its first name, else its ¶), and the arrow keys move inside
 * (text/rove-target.ts). A move to a block a long article has not drawn sets the stop there
 * first; the block is drawn for it (virtual-blocks.tsx keeps the stop's block drawn) and takes
 * focus once it is in the page. Listeners are bound once on the article, as for the pointer.
 */
export function useReaderRoving(
  rootRef: RefObject<HTMLElement | null>,
  blocks: readonly Block[],
): ReaderRoving {
  const [memory, setMemory] = useState<RoveMemory>(FORGOTTEN);
  const { rover, places } = memory;
  const [active, setActive] = useState(false);
  const pending = useRef(false);
  const indexOf = useMemo(() => new Map(blocks.map((b, i) => [b.id, i])), [blocks]);
  // A new story starts from its top.
  const [story, setStory] = useState(blocks);
  if (story !== blocks) {
    setStory(blocks);
    setMemory(FORGOTTEN);
  }

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const placeOf = (target: EventTarget | null): RovePlace | null => {
      if (!(target instanceof HTMLElement) || !target.matches(ITEM)) return null;
      const holder = target.closest<HTMLElement>('[data-block]');
      const block = holder ? indexOf.get(holder.dataset.block ?? '') : undefined;
      if (!holder || block === undefined) return null;
      const items = itemsOf(holder);
      return { block, item: items.indexOf(target), items: items.length };
    };
    const keydown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !ROVE_KEYS.includes(e.key)) return;
      const place = placeOf(e.target);
      if (!place) return;
      e.preventDefault();
      const next = roveTarget(e.key, place, indexOf.size);
      if (!next) return;
      pending.current = true;
      setMemory((m) => remember(m, next));
    };
    const focusin = (e: FocusEvent) => {
      const place = placeOf(e.target);
      if (!place) return;
      setActive(true);
      setMemory((m) => remember(m, { block: place.block, at: place.item }));
    };
    const focusout = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node) || !root.contains(e.relatedTarget)) setActive(false);
    };
    root.addEventListener('keydown', keydown);
    root.addEventListener('focusin', focusin);
    root.addEventListener('focusout', focusout);
    return () => {
      root.removeEventListener('keydown', keydown);
      root.removeEventListener('focusin', focusin);
      root.removeEventListener('focusout', focusout);
    };
  }, [rootRef, indexOf]);

  // After a move: focus the new stop once its block is in the page (at once unless a long
  // article has to draw it first, then on the render that does).
  useEffect(() => {
    if (!pending.current || rover === null) return;
    const id = blocks[rover.block]?.id;
    const holder = id
      ? rootRef.current?.querySelector(`[data-block="${CSS.escape(id)}"]`)
      : undefined;
    const target = holder?.querySelector<HTMLElement>('[tabindex="0"]');
    if (!target) return;
    pending.current = false;
    target.focus();
  });

  const stopOf = useCallback((block: number) => places.get(block) ?? 'first', [places]);
  return { rover, stopOf, active };
}

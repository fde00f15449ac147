import { useEffect, useRef, type RefObject } from 'react';

/** How a name was reached: a mouse hovers, a finger taps, a keyboard focuses (no pointer). */
export type PointerKind = 'mouse' | 'touch' | 'none';

export interface MentionPointerHandlers {
  /** A name was clicked, tapped or pressed with Enter/Space. */
  onSelectEntity: (entity: string, el: HTMLElement, how: PointerKind) => void;
  /** A block's "¶" anchor was pressed. */
  onSelectBlock: (block: string) => void;
  /** The mouse came onto a name. */
  onHover: (entity: string, el: HTMLElement) => void;
  /** The mouse left the name it was on. */
  onLeave: () => void;
  /** A tap or click landed somewhere other than a name (a pinned preview closes). */
  onPointerElsewhere: (target: EventTarget | null) => void;
}

function pointerKind(e: Event): PointerKind {
  if (!(e instanceof PointerEvent) || e.pointerType === '') return 'none';
  return e.pointerType === 'mouse' ? 'mouse' : 'touch';
}

/**
 * Clicks and pointers on the article's names, bound once on the article instead of on every
 * name: a name carries only its data attributes, so a selection re-renders flags, not handlers.
 */
export function useMentionPointer(
  ref: RefObject<HTMLElement | null>,
  handlers: MentionPointerHandlers,
): void {
  // Handlers change with the component's state; the listeners stay bound once.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const mentionOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('button[data-entity]') : null;
    const click = (e: MouseEvent) => {
      const mention = mentionOf(e.target);
      if (mention && root.contains(mention)) {
        latest.current.onSelectEntity(mention.dataset.entity ?? '', mention, pointerKind(e));
        return;
      }
      const anchor =
        e.target instanceof Element ? e.target.closest<HTMLElement>('[data-select-block]') : null;
      if (anchor && root.contains(anchor))
        latest.current.onSelectBlock(anchor.dataset.selectBlock ?? '');
    };
    const over = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const mention = mentionOf(e.target);
      if (mention) latest.current.onHover(mention.dataset.entity ?? '', mention);
    };
    const out = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const from = mentionOf(e.target);
      if (from && mentionOf(e.relatedTarget) !== from) latest.current.onLeave();
    };
    // Anywhere in the page: a tap outside the name closes the preview it opened.
    const down = (e: PointerEvent) => {
      if (mentionOf(e.target) === null) latest.current.onPointerElsewhere(e.target);
    };
    root.addEventListener('click', click);
    root.addEventListener('pointerover', over);
    root.addEventListener('pointerout', out);
    document.addEventListener('pointerdown', down, true);
    return () => {
      root.removeEventListener('click', click);
      root.removeEventListener('pointerover', over);
      root.removeEventListener('pointerout', out);
      document.removeEventListener('pointerdown', down, true);
    };
  }, [ref]);
}

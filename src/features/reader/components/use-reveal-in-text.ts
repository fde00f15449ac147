import { useCallback } from 'react';

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Asked of the article (a DOM event on `[data-reader-root]`) when the offset to reveal is in a
 * block a long, virtual article has not drawn: it scrolls that block into its window.
 */
export const REVEAL_EVENT = 'atlas-reader-reveal';

/** What a reveal request carries. */
export interface RevealDetail {
  offset: number;
}

/** Frames to wait for an asked-for block to be drawn before giving up. */
const MAX_FRAMES = 30;

/** The innermost drawn element whose span holds `offset`. */
function elementAt(region: Element, offset: number): HTMLElement | null {
  let target: HTMLElement | null = null;
  for (const el of region.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(el.dataset.start);
    const end = Number(el.dataset.end);
    if (start <= offset && offset < end) target = el;
    // Elements come in text order: past the offset, nothing further can hold it.
    if (start > offset) break;
  }
  return target;
}

function mark(target: HTMLElement): void {
  const reduced = prefersReducedMotion();
  target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  target.dataset.flash = 'true';
  if (!reduced)
    target.animate(
      [{ boxShadow: '0 0 0 4px var(--focus)' }, { boxShadow: '0 0 0 4px transparent' }],
      { duration: 1000, easing: 'ease-out' },
    );
  window.setTimeout(() => delete target.dataset.flash, 1000);
  if (target.tagName === 'BUTTON') target.focus({ preventScroll: true });
}

/**
 * Scrolls the article to a character offset and marks the spot for a second. The flash is a
 * Web Animation on an element React rendered: it changes no structure, only how it looks briefly.
 * In a virtual article the block is first asked for, then marked once it is drawn.
 */
export function useRevealInText(): (offset: number) => void {
  return useCallback((offset: number) => {
    const region = document.querySelector('[data-reader-root]');
    if (!region) return;
    const found = elementAt(region, offset);
    if (found) return mark(found);
    region.dispatchEvent(new CustomEvent<RevealDetail>(REVEAL_EVENT, { detail: { offset } }));
    let frames = 0;
    const look = () => {
      const el = elementAt(region, offset);
      if (el) mark(el);
      else if (++frames < MAX_FRAMES) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, []);
}

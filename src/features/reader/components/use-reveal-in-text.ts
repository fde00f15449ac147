import { useCallback } from 'react';

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls the article to a character offset and marks the spot for a second. The flash is a
 * Web Animation on an element React rendered: it changes no structure, only how it looks briefly.
 */
export function useRevealInText(): (offset: number) => void {
  return useCallback((offset: number) => {
    const region = document.querySelector('[data-reader-root]');
    if (!region) return;
    const candidates = region.querySelectorAll<HTMLElement>('[data-start]');
    let target: HTMLElement | null = null;
    for (const el of candidates) {
      const start = Number(el.dataset.start);
      const end = Number(el.dataset.end);
      if (start <= offset && offset < end) target = el;
      if (start > offset) break;
    }
    if (!target) return;
    const reduced = prefersReducedMotion();
    target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    target.dataset.flash = 'true';
    if (!reduced)
      target.animate(
        [{ boxShadow: '0 0 0 4px var(--focus)' }, { boxShadow: '0 0 0 4px transparent' }],
        { duration: 1000, easing: 'ease-out' },
      );
    window.setTimeout(() => {
      if (target) delete target.dataset.flash;
    }, 1000);
    if (target.tagName === 'BUTTON') target.focus({ preventScroll: true });
  }, []);
}

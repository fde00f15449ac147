import { useEffect, type RefObject } from 'react';
import type { Span } from '../../../bundle/bundle-schema';

function passageOf(target: EventTarget | null): Span | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>('[data-passage]');
  if (!el) return null;
  const [start, end] = (el.dataset.passage ?? '').split('-').map(Number);
  return start !== undefined && end !== undefined && end > start ? { start, end } : null;
}

/**
 * Mouse conveniences on sentences, bound once on the article instead of on every sentence:
 * hover reports the passage (other views light what is drawn from it); a click that is not on a
 * mention and does not end a text selection selects the passage. Keyboard users select passages
 * through each block's anchor button.
 */
export function usePassagePointer(
  ref: RefObject<HTMLElement | null>,
  onHover: (span: Span | null) => void,
  onSelect: (span: Span) => void,
): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let current: string | null = null;
    const over = (e: MouseEvent) => {
      const span = passageOf(e.target);
      const key = span ? `${span.start}-${span.end}` : null;
      if (key === current) return;
      current = key;
      onHover(span);
    };
    const leave = () => {
      current = null;
      onHover(null);
    };
    const click = (e: MouseEvent) => {
      if (!(e.target instanceof Element) || e.target.closest('button, a')) return;
      const selected = window.getSelection();
      if (selected && !selected.isCollapsed && selected.toString().trim() !== '') return;
      const span = passageOf(e.target);
      if (span) onSelect(span);
    };
    root.addEventListener('mouseover', over);
    root.addEventListener('mouseleave', leave);
    root.addEventListener('click', click);
    return () => {
      root.removeEventListener('mouseover', over);
      root.removeEventListener('mouseleave', leave);
      root.removeEventListener('click', click);
    };
  }, [ref, onHover, onSelect]);
}

import { useEffect, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The content box of an element in whole pixels, kept current by a ResizeObserver; zero until
 * measured. Pass the element (state from a callback ref, for elements that come and go) or a ref.
 * The first size arrives at once; with `delay`, later ones wait until resizing pauses, for views
 * whose layout is costly (a split being dragged would otherwise ask for one every frame).
 */
export function useElementSize(
  target: RefObject<Element | null> | Element | null,
  delay = 0,
  /** `border`: the box with padding and border (a badge or panel laid over a drawing). */
  box: 'content' | 'border' = 'content',
): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useEffect(() => {
    const element = target !== null && 'current' in target ? target.current : target;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      const border = box === 'border' ? entry.borderBoxSize[0] : undefined;
      // Whole pixels: sub-pixel jitter while a pane resizes would redo a layout for nothing; a
      // border box is rounded up, since it is room to keep clear.
      const width = border ? Math.ceil(border.inlineSize) : Math.floor(entry.contentRect.width);
      const height = border ? Math.ceil(border.blockSize) : Math.floor(entry.contentRect.height);
      const apply = () =>
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
      clearTimeout(timer);
      if (first || delay <= 0) {
        first = false;
        apply();
      } else timer = setTimeout(apply, delay);
    });
    observer.observe(element, { box: box === 'border' ? 'border-box' : 'content-box' });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [target, delay, box]);
  return size;
}

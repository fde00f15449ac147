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
): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useEffect(() => {
    const element = target !== null && 'current' in target ? target.current : target;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      // Whole pixels: sub-pixel jitter while a pane resizes would redo a layout for nothing.
      const width = Math.floor(box.width);
      const height = Math.floor(box.height);
      const apply = () =>
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
      clearTimeout(timer);
      if (first || delay <= 0) {
        first = false;
        apply();
      } else timer = setTimeout(apply, delay);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [target, delay]);
  return size;
}

import { useEffect, useState, type RefObject } from 'react';

/** The content box of an element, kept current by a ResizeObserver; zero until measured. */
export function useElementSize(ref: RefObject<Element | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      // Whole pixels: sub-pixel jitter while a pane resizes would redo a layout for nothing.
      const width = Math.floor(box.width);
      const height = Math.floor(box.height);
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

import { useEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The content size of an element, from a ResizeObserver. The first size arrives at once; later
 * ones wait until resizing pauses (`delay` ms), because each new size means a new layout and a
 * split being dragged would otherwise ask for one every frame. Meanwhile the SVG's viewBox
 * scales the last picture.
 */
export function useElementSize(element: Element | null, delay = 140): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => {
    if (element === null) return;
    let timer: number | undefined;
    let first = true;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const next = { width: Math.round(box.width), height: Math.round(box.height) };
      const apply = () =>
        setSize((old) => (old.width === next.width && old.height === next.height ? old : next));
      window.clearTimeout(timer);
      if (first) {
        first = false;
        apply();
      } else timer = window.setTimeout(apply, delay);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [element, delay]);
  return size;
}

import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ViewTransform } from '../geo/scale-bar';

export interface MapZoom {
  transform: ViewTransform;
  zoomBy: (factor: number) => void;
  panBy: (dx: number, dy: number) => void;
  reset: () => void;
}

const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };

/**
 * Mouse, touch and programmatic zoom for an SVG. The only place d3 touches the DOM: d3-zoom
 * listens on the element and reports its transform to React state; React draws everything.
 * Panning is bounded to the area the base map is drawn for.
 */
export function useMapZoom(
  ref: RefObject<SVGSVGElement | null>,
  size: { width: number; height: number },
  scaleExtent: [number, number],
): MapZoom {
  const [transform, setTransform] = useState<ViewTransform>(IDENTITY);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [minK, maxK] = scaleExtent;

  useEffect(() => {
    const svg = ref.current;
    if (!svg || size.width === 0) return;
    // Zoomed right out the view shows 1/minK frames: allow panning over exactly that much.
    const over = (1 / minK - 1) / 2;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([minK, maxK])
      .extent([
        [0, 0],
        [size.width, size.height],
      ])
      .translateExtent([
        [-over * size.width, -over * size.height],
        [(1 + over) * size.width, (1 + over) * size.height],
      ])
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        setTransform({ k, x, y });
      });
    const selection = select(svg);
    selection.call(z);
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, size.width, size.height, minK, maxK]);

  const zoomBy = useCallback(
    (factor: number) => {
      const svg = ref.current;
      if (svg && behaviour.current) behaviour.current.scaleBy(select(svg), factor);
    },
    [ref],
  );
  const panBy = useCallback(
    (dx: number, dy: number) => {
      const svg = ref.current;
      const z = behaviour.current;
      // translateBy works in base units; divide by k so a key press moves the same on screen.
      if (svg && z) z.translateBy(select(svg), dx / transform.k, dy / transform.k);
    },
    [ref, transform.k],
  );
  const reset = useCallback(() => {
    const svg = ref.current;
    if (svg && behaviour.current) behaviour.current.transform(select(svg), zoomIdentity);
  }, [ref]);

  return { transform, zoomBy, panBy, reset };
}

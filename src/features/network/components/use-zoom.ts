import { useCallback, useEffect, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

/** The pan and zoom of the drawing: screen = layout · k + (x, y). */
export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export interface ZoomApi {
  transform: ZoomState;
  /** Multiplies the scale about the panel's centre. */
  zoomBy: (factor: number) => void;
  /** Moves the drawing by screen pixels. */
  panBy: (dx: number, dy: number) => void;
  reset: () => void;
}

const IDENTITY: ZoomState = { k: 1, x: 0, y: 0 };

/**
 * Binds d3-zoom (wheel, drag, pinch) to an SVG and reports the transform as React state; the
 * only place the network lets d3 touch the DOM (ARCHITECTURE rule 2). Presses that start on a
 * node are left alone so the node can be dragged; double-click zoom is off because double
 * clicks on nodes are selections. Changes are instant: no transition, so nothing moves by
 * itself and prefers-reduced-motion has nothing to stop.
 */
export function useZoom(
  svg: SVGSVGElement | null,
  isHandle: (target: EventTarget | null) => boolean,
): ZoomApi {
  const [transform, setTransform] = useState<ZoomState>(IDENTITY);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // The last transform, for a new SVG (after the table view) to start where the old one was.
  const last = useRef<ZoomState>(IDENTITY);

  useEffect(() => {
    if (svg === null) return;
    const selection = select(svg);
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 8])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        if ((event.type === 'mousedown' || event.type === 'touchstart') && isHandle(event.target))
          return false;
        return !(event instanceof MouseEvent && (event.ctrlKey || event.button !== 0));
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        last.current = { k, x, y };
        setTransform({ k, x, y });
      });
    selection.call(z).on('dblclick.zoom', null);
    const { k, x, y } = last.current;
    z.transform(selection, zoomIdentity.translate(x, y).scale(k));
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svg, isHandle]);

  const zoomBy = useCallback(
    (factor: number) => {
      if (svg && behaviour.current) behaviour.current.scaleBy(select(svg), factor);
    },
    [svg],
  );
  const panBy = useCallback(
    (dx: number, dy: number) => {
      if (svg && behaviour.current)
        behaviour.current.translateBy(select(svg), dx / transform.k, dy / transform.k);
    },
    [svg, transform.k],
  );
  const reset = useCallback(() => {
    if (svg && behaviour.current) behaviour.current.transform(select(svg), zoomIdentity);
  }, [svg]);

  return { transform, zoomBy, panBy, reset };
}

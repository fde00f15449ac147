import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { zoomKeyAction } from '../lib/zoom-key-action';

/** The pan and zoom of a drawing: screen = drawing · k + (x, y). */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export interface ZoomOptions {
  /** Smallest and largest scale. */
  scaleExtent: readonly [number, number];
  /** Presses that start on such a target are left to it (a node being dragged). */
  isHandle?: (target: EventTarget | null) => boolean;
  /**
   * The panel's size, to bound panning: zoomed right out, the drawing may move by exactly the
   * slack the smallest scale leaves, no further. Without it panning is free.
   */
  bounds?: { width: number; height: number };
}

export interface ZoomApi {
  transform: ZoomTransform;
  /** Multiplies the scale about the panel's centre. */
  zoomBy: (factor: number) => void;
  /** Moves the drawing by screen pixels. */
  panBy: (dx: number, dy: number) => void;
  reset: () => void;
  /** Jumps to a transform (clamped to the scale extent), as opening a count mark does. */
  zoomTo: (transform: ZoomTransform) => void;
  /** The shared key map (+ − 0 and arrows) for the element that holds the drawing. */
  onKeyDown: (event: KeyboardEvent<Element>) => void;
}

const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/**
 * Binds d3-zoom (wheel, drag, pinch) to an SVG and reports the transform as React state: the only
 * place a view lets d3 touch the DOM (ARCHITECTURE rule 2). Double-click zoom is off, since double
 * clicks land on marks. Changes are instant, with no transition, so nothing moves by itself and
 * prefers-reduced-motion has nothing to stop. A new SVG element (after a table view, say) starts
 * where the last one was.
 */
export function useZoom(svg: SVGSVGElement | null, options: ZoomOptions): ZoomApi {
  const { isHandle, bounds } = options;
  const [minK, maxK] = options.scaleExtent;
  const width = bounds?.width ?? 0;
  const height = bounds?.height ?? 0;
  const [transform, setTransform] = useState<ZoomTransform>(IDENTITY);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const last = useRef<ZoomTransform>(IDENTITY);

  useEffect(() => {
    if (svg === null) return;
    const selection = select(svg);
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([minK, maxK])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        if (
          isHandle &&
          (event.type === 'mousedown' || event.type === 'touchstart') &&
          isHandle(event.target)
        )
          return false;
        return !(event instanceof MouseEvent && (event.ctrlKey || event.button !== 0));
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        last.current = { k, x, y };
        setTransform({ k, x, y });
      });
    if (width > 0 && height > 0) {
      const over = (1 / minK - 1) / 2;
      z.extent([
        [0, 0],
        [width, height],
      ]).translateExtent([
        [-over * width, -over * height],
        [(1 + over) * width, (1 + over) * height],
      ]);
    }
    selection.call(z).on('dblclick.zoom', null);
    const { k, x, y } = last.current;
    z.transform(selection, zoomIdentity.translate(x, y).scale(k));
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svg, isHandle, minK, maxK, width, height]);

  const zoomBy = useCallback(
    (factor: number) => {
      if (svg && behaviour.current) behaviour.current.scaleBy(select(svg), factor);
    },
    [svg],
  );
  // translateBy works in drawing units: divide by k so one press moves the same on screen.
  const panBy = useCallback(
    (dx: number, dy: number) => {
      const k = last.current.k;
      if (svg && behaviour.current) behaviour.current.translateBy(select(svg), dx / k, dy / k);
    },
    [svg],
  );
  const reset = useCallback(() => {
    if (svg && behaviour.current) behaviour.current.transform(select(svg), zoomIdentity);
  }, [svg]);
  const zoomTo = useCallback(
    (t: ZoomTransform) => {
      if (svg && behaviour.current)
        behaviour.current.transform(select(svg), zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    [svg],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<Element>) => {
      const action = zoomKeyAction(event);
      if (action === null) return;
      event.preventDefault();
      if (action.kind === 'zoom') zoomBy(action.factor);
      else if (action.kind === 'pan') panBy(action.dx, action.dy);
      else reset();
    },
    [zoomBy, panBy, reset],
  );

  return { transform, zoomBy, panBy, reset, zoomTo, onKeyDown };
}

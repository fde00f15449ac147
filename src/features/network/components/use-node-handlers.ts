import { useEffect, useMemo, useRef, type PointerEvent, type RefObject } from 'react';
import type { SceneNode } from '../layout/build-network-scene';
import { arrowDirection, neighbourInDirection } from '../layout/neighbour-in-direction';
import type { NodeHandlers } from './network-node';

interface Drag {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  originX: number;
  originY: number;
  moved: boolean;
}

interface Options {
  scene: { width: number; height: number };
  positions: ReadonlyMap<string, SceneNode>;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  svg: SVGSVGElement | null;
  /** The zoom's scale: a drag of n screen pixels moves a node n / scale layout units. */
  zoomScale: number;
  /** Node elements by id, for moving keyboard focus. */
  nodeElements: RefObject<Map<string, SVGGElement>>;
  onSelectEntity: (id: string) => void;
  onPin: (id: string, x: number, y: number) => void;
}

/**
 * What a node does: click or Enter/Space selects; arrow keys move focus to the neighbour in
 * that direction (else the nearest node that way); dragging (pointer events, so mouse, pen and touch alike) pins it where it is
 * dropped, and the click that ends a drag is not taken as a selection.
 */
export function useNodeHandlers(options: Options): Omit<NodeHandlers, 'focus'> {
  const { scene, positions, neighbours, svg, zoomScale, nodeElements, onSelectEntity, onPin } =
    options;
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef(false);
  // Read when a drag moves, not when the handlers are made: zooming must not give every node
  // new handlers (and so redraw it).
  const scale = useRef(zoomScale);
  useEffect(() => {
    scale.current = zoomScale;
  }, [zoomScale]);

  return useMemo<Omit<NodeHandlers, 'focus'>>(
    () => ({
      select: (id) => {
        // A drag ends in a click on the same node; that click is not a selection.
        if (suppressClick.current) {
          suppressClick.current = false;
          return;
        }
        onSelectEntity(id);
      },
      keyDown: (event, id) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          event.stopPropagation();
          onSelectEntity(id);
          return;
        }
        const direction = arrowDirection(event.key);
        if (direction === null) return;
        event.preventDefault();
        event.stopPropagation();
        const from = positions.get(id);
        if (!from) return;
        const candidates = [...(neighbours.get(id) ?? [])].flatMap((n) => {
          const p = positions.get(n);
          return p ? [{ id: n, x: p.x, y: p.y }] : [];
        });
        // A node with no neighbour that way (or none at all) still leads on: to the nearest node
        // in that direction, so every node is reached from the network's one Tab stop.
        const everyone = [...positions.entries()]
          .filter(([other]) => other !== id)
          .map(([other, p]) => ({ id: other, x: p.x, y: p.y }));
        const next =
          neighbourInDirection(from, candidates, direction) ??
          neighbourInDirection(from, everyone, direction);
        if (next !== null) nodeElements.current.get(next)?.focus();
      },
      pointerDown: (event, id) => {
        if (event.button !== 0) return;
        const at = positions.get(id);
        if (!at) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = {
          id,
          pointerId: event.pointerId,
          startX: event.clientX,
          startY: event.clientY,
          originX: at.x,
          originY: at.y,
          moved: false,
        };
      },
      pointerMove: (event) => {
        const d = drag.current;
        if (d === null || d.pointerId !== event.pointerId || svg === null) return;
        const dx = event.clientX - d.startX;
        const dy = event.clientY - d.startY;
        if (!d.moved && Math.hypot(dx, dy) < 4) return;
        d.moved = true;
        // Screen pixels to layout units: the viewBox's scale times the zoom.
        const rect = svg.getBoundingClientRect();
        const k =
          Math.min(rect.width / scene.width, rect.height / scene.height) * scale.current || 1;
        const x = Math.min(scene.width, Math.max(0, d.originX + dx / k));
        const y = Math.min(scene.height, Math.max(0, d.originY + dy / k));
        onPin(d.id, x, y);
      },
      pointerUp: (event: PointerEvent<SVGGElement>) => {
        const d = drag.current;
        if (d === null || d.pointerId !== event.pointerId) return;
        if (d.moved) suppressClick.current = true;
        drag.current = null;
        if (event.currentTarget.hasPointerCapture(event.pointerId))
          event.currentTarget.releasePointerCapture(event.pointerId);
      },
      register: (id, element) => {
        if (element) nodeElements.current.set(id, element);
        else nodeElements.current.delete(id);
      },
    }),
    [positions, neighbours, svg, scene.width, scene.height, onSelectEntity, onPin],
  );
}

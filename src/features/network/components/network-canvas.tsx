import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { edgeHitClip } from '../layout/edge-hit-clip';
import type { NetworkViewScene } from '../network-scene';
import { NetworkEdgeHit, NetworkEdgeLine, type EdgeHandlers } from './network-edge';
import { NetworkEdgeLabel } from './network-edge-label';
import { NetworkNode } from './network-node';
import { useNodeHandlers } from './use-node-handlers';
import type { ZoomApi } from '../../../ui/use-zoom';

interface Props {
  /** Every mark, label and flag (selected, dimmed, pinned) comes from the scene. */
  scene: NetworkViewScene;
  onSelectEntity: (id: string) => void;
  onSelectRelation: (id: string) => void;
  onPin: (id: string, x: number, y: number) => void;
  svg: SVGSVGElement | null;
  setSvg: (element: SVGSVGElement | null) => void;
  zoom: ZoomApi;
  describedBy: string;
}

/**
 * The diagram: React draws every mark of the scene, as the SVG writer does for slides and
 * downloads; d3 only reports the zoom (see use-zoom.ts). Hover emphasis is the one thing added
 * here: it is transient and belongs to the pointer, not to the state.
 */
export function NetworkCanvas(props: Props) {
  const { scene, zoom, svg, onSelectEntity, onSelectRelation, onPin, setSvg, describedBy } = props;
  // useId's characters are not all valid in url(#…); keep letters, digits, - and _.
  const clipId = `net-clip-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const nodeElements = useRef(new Map<string, SVGGElement>());
  const [emphasised, setEmphasised] = useState<string | null>(null);

  const neighbours = useMemo(() => {
    const map = new Map<string, Set<string>>();
    const add = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
    for (const e of scene.edges) {
      add(e.edge.source, e.edge.target);
      add(e.edge.target, e.edge.source);
    }
    return map;
  }, [scene.edges]);
  const positions = useMemo(() => new Map(scene.nodes.map((n) => [n.node.id, n])), [scene.nodes]);

  const nodeHandlers = useNodeHandlers({
    scene,
    positions,
    neighbours,
    svg,
    zoomScale: zoom.transform.k,
    nodeElements,
    onSelectEntity,
    onPin,
  });

  const edgeHandlers = useMemo<EdgeHandlers>(
    () => ({
      select: onSelectRelation,
      keyDown: (event, id) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        onSelectRelation(id);
      },
      emphasise: setEmphasised,
    }),
    [onSelectRelation],
  );

  const { onKeyDown: onZoomKey } = zoom;
  const onCanvasKey = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      // Only when the canvas itself has focus: on a node, arrows move between neighbours.
      if (event.target === event.currentTarget) onZoomKey(event);
    },
    [onZoomKey],
  );

  const holes = useMemo(
    () =>
      edgeHitClip(
        scene.width,
        scene.height,
        scene.nodes.map((n) => ({ x: n.x, y: n.y, r: n.outer + 2 })),
        scene.nodes.flatMap((n) => (n.label ? [n.label.box] : [])),
      ),
    [scene],
  );

  const t = zoom.transform;
  const shownEdgeLabels = scene.edges.filter((e) => e.edge.id === emphasised || e.subject);

  return (
    // The canvas takes focus so + / − / arrow keys can zoom and pan it.
    <svg
      ref={setSvg}
      className="network-svg"
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      role="group"
      aria-label="Network diagram"
      aria-describedby={describedBy}
      tabIndex={0}
      onKeyDown={onCanvasKey}
    >
      <defs>
        <clipPath id={clipId}>
          <path d={holes} clipRule="evenodd" />
        </clipPath>
      </defs>
      <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>
        <g className="net-hulls" aria-hidden="true">
          {scene.hulls.map((h) => (
            <path key={h.group.id} className="net-hull" data-tone={h.group.tone} d={h.d} />
          ))}
        </g>
        <g className="net-edges" aria-hidden="true">
          {scene.edges.map((e) => (
            <NetworkEdgeLine key={e.edge.id} item={e} emphasised={emphasised === e.edge.id} />
          ))}
        </g>
        <g className="net-captions" aria-hidden="true">
          {scene.hulls.map(
            (h) =>
              h.caption && (
                <text
                  key={h.group.id}
                  className="net-caption"
                  x={h.caption.x}
                  y={h.caption.y}
                  textAnchor={h.caption.anchor}
                  fontSize={h.caption.fontSize}
                >
                  {h.caption.lines[0]}
                </text>
              ),
          )}
        </g>
        <g className="net-nodes">
          {scene.nodes.map((n) => (
            <NetworkNode key={n.node.id} item={n} handlers={nodeHandlers} />
          ))}
        </g>
        <g className="net-edge-hits" clipPath={`url(#${clipId})`}>
          {scene.edges.map((e) => (
            <NetworkEdgeHit key={e.edge.id} item={e} handlers={edgeHandlers} />
          ))}
        </g>
        <g className="net-edge-labels">
          {shownEdgeLabels.map((e) => (
            <NetworkEdgeLabel key={e.edge.id} label={e.label} />
          ))}
        </g>
      </g>
    </svg>
  );
}

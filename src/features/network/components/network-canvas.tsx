import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { NetworkScene } from '../layout/build-network-scene';
import type { MeasureText } from '../layout/measure-text';
import { edgeHitClip } from '../layout/edge-hit-clip';
import { NetworkEdgeHit, NetworkEdgeLine, type EdgeHandlers } from './network-edge';
import { NetworkEdgeLabel } from './network-edge-label';
import { NetworkNode } from './network-node';
import { useNodeHandlers } from './use-node-handlers';
import type { ZoomApi } from './use-zoom';

/** Words for a node and an edge, worked out once per bundle by the view. */
export interface NodeWords {
  ariaLabel: string;
  tooltip: string;
}
export interface EdgeWords {
  ariaLabel: string;
  text: string;
  date: string | null;
}

interface Props {
  scene: NetworkScene;
  nodeWords: ReadonlyMap<string, NodeWords>;
  edgeWords: ReadonlyMap<string, EdgeWords>;
  /** Ids named by the selection (data-selected). */
  selected: ReadonlySet<string>;
  /** What stays clear while the rest dims; null dims nothing. */
  highlight: { entities: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
  pinned: ReadonlySet<string>;
  onSelectEntity: (id: string) => void;
  onSelectRelation: (id: string) => void;
  onPin: (id: string, x: number, y: number) => void;
  svg: SVGSVGElement | null;
  setSvg: (element: SVGSVGElement | null) => void;
  zoom: ZoomApi;
  describedBy: string;
  measure: MeasureText;
  fontSize: number;
}

/** The diagram: React draws every element; d3 only reports the zoom (see use-zoom.ts). */
export function NetworkCanvas(props: Props) {
  const { scene, selected, highlight, zoom, svg, onSelectEntity, onSelectRelation, onPin } = props;
  const { setSvg, describedBy, nodeWords, edgeWords, pinned, measure, fontSize } = props;
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
  const labels = useMemo(
    () => new Map(scene.labels.placed.map((l) => [l.id, l])),
    [scene.labels.placed],
  );

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

  const onCanvasKey = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      // Only when the canvas itself has focus: on a node, arrows move between neighbours.
      if (event.target !== event.currentTarget) return;
      const step = 48;
      const actions: Record<string, () => void> = {
        '+': () => zoom.zoomBy(1.25),
        '=': () => zoom.zoomBy(1.25),
        '-': () => zoom.zoomBy(0.8),
        _: () => zoom.zoomBy(0.8),
        '0': zoom.reset,
        ArrowLeft: () => zoom.panBy(step, 0),
        ArrowRight: () => zoom.panBy(-step, 0),
        ArrowUp: () => zoom.panBy(0, step),
        ArrowDown: () => zoom.panBy(0, -step),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    },
    [zoom],
  );

  const holes = useMemo(
    () =>
      edgeHitClip(
        scene.width,
        scene.height,
        scene.nodes.map((n) => ({ x: n.x, y: n.y, r: n.outer + 2 })),
        scene.labels.placed.map((l) => l.box),
      ),
    [scene],
  );

  const t = zoom.transform;
  const shownEdgeLabels = scene.edges.filter(
    (e) => e.edge.id === emphasised || selected.has(e.edge.id),
  );

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
            <NetworkEdgeLine
              key={e.edge.id}
              item={e}
              selected={selected.has(e.edge.id)}
              dimmed={highlight !== null && !highlight.relations.has(e.edge.id)}
              emphasised={emphasised === e.edge.id}
            />
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
            <NetworkNode
              key={n.node.id}
              item={n}
              label={labels.get(n.node.id)}
              ariaLabel={nodeWords.get(n.node.id)?.ariaLabel ?? n.node.name}
              tooltip={nodeWords.get(n.node.id)?.tooltip ?? n.node.name}
              selected={selected.has(n.node.id)}
              dimmed={highlight !== null && !highlight.entities.has(n.node.id)}
              pinned={pinned.has(n.node.id)}
              handlers={nodeHandlers}
            />
          ))}
        </g>
        <g className="net-edge-hits" clipPath={`url(#${clipId})`}>
          {scene.edges.map((e) => (
            <NetworkEdgeHit
              key={e.edge.id}
              item={e}
              ariaLabel={edgeWords.get(e.edge.id)?.ariaLabel ?? e.edge.relation.label}
              selected={selected.has(e.edge.id)}
              handlers={edgeHandlers}
            />
          ))}
        </g>
        <g className="net-edge-labels">
          {shownEdgeLabels.map((e) => (
            <NetworkEdgeLabel
              key={e.edge.id}
              item={e}
              text={edgeWords.get(e.edge.id)?.text ?? e.edge.relation.label}
              date={edgeWords.get(e.edge.id)?.date ?? null}
              width={scene.width}
              height={scene.height}
              fontSize={fontSize}
              measure={measure}
            />
          ))}
        </g>
      </g>
    </svg>
  );
}

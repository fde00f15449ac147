import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ZoomApi } from '../../../ui/use-zoom';
import { edgeEmphasis, nodeEmphasis, type NetworkEmphasis } from '../network-emphasis';
import type { NetworkGeometry } from '../network-geometry';
import { edgeLabel, edgeLabelContext } from '../network-scene';
import { NetworkEdgeButton, NetworkEdgeLine, type EdgeHandlers } from './network-edge';
import { NetworkEdgeLabel } from './network-edge-label';
import { NetworkNode } from './network-node';
import { useNodeHandlers } from './use-node-handlers';

interface Props {
  /** Where everything is drawn: changes with the layout, filters, size and pins only. */
  geometry: NetworkGeometry;
  /** What the selection and a hovered passage light: the only thing a click changes. */
  emphasis: NetworkEmphasis;
  onSelectEntity: (id: string) => void;
  onSelectRelation: (id: string) => void;
  onPin: (id: string, x: number, y: number) => void;
  svg: SVGSVGElement | null;
  setSvg: (element: SVGSVGElement | null) => void;
  zoom: ZoomApi;
  describedBy: string;
}

/**
 * The diagram as SVG, for graphs small enough that every mark can be its own accessible element:
 * React draws every mark of the geometry, as the SVG writer does for slides and downloads; d3
 * only reports the zoom (see use-zoom.ts). Marks are memoised and read their flags one by one,
 * so a click redraws only the marks whose flags changed. Hover emphasis of an edge is the one
 * thing added here: it is transient and belongs to the pointer, not to the state.
 */
export function NetworkSvgDiagram(props: Props) {
  const { geometry, emphasis, zoom, svg, onSelectEntity, onSelectRelation, onPin, setSvg } = props;
  const nodeElements = useRef(new Map<string, SVGGElement>());
  const [emphasised, setEmphasised] = useState<string | null>(null);

  const neighbours = useMemo(() => {
    const map = new Map<string, Set<string>>();
    const add = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
    for (const e of geometry.edges) {
      add(e.edge.source, e.edge.target);
      add(e.edge.target, e.edge.source);
    }
    return map;
  }, [geometry.edges]);
  const positions = useMemo(
    () => new Map(geometry.nodes.map((n) => [n.node.id, n])),
    [geometry.nodes],
  );

  // Roving tabindex: the nodes are one Tab stop and the relations another (where focus last
  // was, else the selection, else the first); the arrow keys move inside each.
  const [focusedNode, setFocusedNode] = useState<string | null>(null);
  const [focusedEdge, setFocusedEdge] = useState<string | null>(null);
  const edgeIds = useMemo(() => geometry.edges.map((e) => e.edge.id), [geometry.edges]);
  const subjectNode = geometry.nodes.find((n) => emphasis.subject.has(n.node.id))?.node.id;
  const currentNode =
    focusedNode !== null && positions.has(focusedNode)
      ? focusedNode
      : (subjectNode ?? geometry.nodes[0]?.node.id ?? null);
  const subjectEdge = edgeIds.find((id) => emphasis.subject.has(id));
  const currentEdge =
    focusedEdge !== null && edgeIds.includes(focusedEdge)
      ? focusedEdge
      : (subjectEdge ?? edgeIds[0] ?? null);

  const baseNodeHandlers = useNodeHandlers({
    scene: geometry,
    positions,
    neighbours,
    svg,
    zoomScale: zoom.transform.k,
    nodeElements,
    onSelectEntity,
    onPin,
  });
  const nodeHandlers = useMemo(
    () => ({ ...baseNodeHandlers, focus: setFocusedNode }),
    [baseNodeHandlers],
  );

  const edgeHandlers = useMemo<EdgeHandlers>(
    () => ({
      select: onSelectRelation,
      keyDown: (event, id) => {
        const i = edgeIds.indexOf(id);
        const to =
          event.key === 'ArrowRight' || event.key === 'ArrowDown'
            ? i + 1
            : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
              ? i - 1
              : event.key === 'Home'
                ? 0
                : event.key === 'End'
                  ? edgeIds.length - 1
                  : null;
        if (to !== null) {
          event.preventDefault();
          event.stopPropagation();
          const next = edgeIds[Math.max(0, Math.min(edgeIds.length - 1, to))];
          if (next !== undefined)
            svg?.querySelector<SVGGElement>(`[data-relation="${CSS.escape(next)}"]`)?.focus();
          return;
        }
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        onSelectRelation(id);
      },
      emphasise: setEmphasised,
      focus: setFocusedEdge,
    }),
    [onSelectRelation, edgeIds, svg],
  );

  const { onKeyDown: onZoomKey } = zoom;
  const onCanvasKey = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      // On the drawing itself every zoom key; on a node or relation the arrows move focus (they
      // stop there), so what reaches here is + − 0, which zoom wherever focus is in the drawing.
      if (event.target === event.currentTarget || !event.key.startsWith('Arrow')) onZoomKey(event);
    },
    [onZoomKey],
  );

  const t = zoom.transform;
  // Words on a line only for the selected relation and the one under the pointer or focus.
  const shownEdgeLabels = geometry.edges.filter(
    (e) => e.edge.id === emphasised || emphasis.subject.has(e.edge.id),
  );

  return (
    // The drawing takes focus so + / − / arrow keys can zoom and pan it.
    <svg
      ref={setSvg}
      className="network-svg"
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      role="group"
      aria-label="Network diagram"
      aria-describedby={props.describedBy}
      tabIndex={geometry.nodes.length === 0 ? 0 : -1}
      onKeyDown={onCanvasKey}
      data-layout="done"
    >
      <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>
        <g className="net-hulls" aria-hidden="true">
          {geometry.hulls.map((h) => (
            <path key={h.group.id} className="net-hull" data-tone={h.group.tone} d={h.d} />
          ))}
        </g>
        <g className="net-edges" aria-hidden="true">
          {geometry.edges.map((e) => {
            const flags = edgeEmphasis(emphasis, e.edge.id);
            return (
              <NetworkEdgeLine
                key={e.edge.id}
                item={e}
                subject={flags.subject}
                dimmed={flags.dimmed}
                emphasised={emphasised === e.edge.id}
                handlers={edgeHandlers}
              />
            );
          })}
        </g>
        <g className="net-captions" aria-hidden="true">
          {geometry.hulls.map(
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
          {geometry.nodes.map((n) => {
            const flags = nodeEmphasis(emphasis, n.node.id);
            return (
              <NetworkNode
                key={n.node.id}
                item={n}
                selected={flags.selected}
                subject={flags.subject}
                dimmed={flags.dimmed}
                current={n.node.id === currentNode}
                handlers={nodeHandlers}
              />
            );
          })}
        </g>
        <g className="net-edge-hits">
          {geometry.edges.map((e) => (
            <NetworkEdgeButton
              key={e.edge.id}
              item={e}
              selected={emphasis.concerned.has(e.edge.id)}
              subject={emphasis.subject.has(e.edge.id)}
              current={e.edge.id === currentEdge}
              handlers={edgeHandlers}
            />
          ))}
        </g>
        <g className="net-edge-labels">
          {shownEdgeLabels.map((e) => (
            <NetworkEdgeLabel
              key={e.edge.id}
              label={edgeLabel(e, e.words, geometry, undefined, edgeLabelContext(geometry, e))}
            />
          ))}
        </g>
      </g>
    </svg>
  );
}

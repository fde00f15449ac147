import type { CountryGroup } from '../../../model/country-groups';
import type { NetworkEdge, NetworkNode } from '../graph/network-graph';
import type { VisibleGraph } from '../graph/filter-network-graph';
import { relationKindStyle } from '../../../model/relation-kinds';
import type { NetworkLayout } from './compute-network-layout';
import { edgeGeometry, type EdgeGeometry } from './edge-geometry';
import { hullPolygon, polygonPath } from './hull-polygon';
import type { MeasureText } from './label-measure';
import { nodeShapePath, shapeExtent } from './node-shape';
import { edgePolyline } from './edge-polyline';
import type { Box } from './box-geometry';
import { placeLabels, type LabelPlacement, type PlacedLabel } from './place-labels';
import { wrapText } from '../../../lib/wrap-text';

/** How an edge's line is drawn: the basis and status as a pattern (DESIGN.md). */
export type LinePattern = 'solid' | 'dashed' | 'dotted';

export interface SceneNode {
  node: NetworkNode;
  x: number;
  y: number;
  r: number;
  outer: number;
  /** Shape path about 0,0. */
  shape: string;
  /** The selection ring: the same shape, a few px larger. */
  ring: string;
}

export interface SceneEdge {
  edge: NetworkEdge;
  geometry: EdgeGeometry;
  strokeWidth: number;
  pattern: LinePattern;
  dasharray: string | null;
}

export interface SceneHull {
  group: CountryGroup;
  d: string;
  /** The grouping's name set on its outline, where it fits; the legend always names it. */
  caption: PlacedLabel | null;
}

/** Everything the view and the exports draw, in drawing order, as numbers and path strings. */
export interface NetworkScene {
  width: number;
  height: number;
  /** The labels' base size (panel-dependent, times the scene's label scale). */
  fontSize: number;
  hulls: SceneHull[];
  edges: SceneEdge[];
  nodes: SceneNode[];
  labels: LabelPlacement;
}

const WEIGHT = { heavy: 3, normal: 1.6, light: 1.1 } as const;

/** Stated solid, inferred dashed, planned dotted; a plan that is also inferred stays dotted. */
export function linePattern(edge: NetworkEdge): LinePattern {
  if (edge.planned) return 'dotted';
  return edge.basis === 'inferred' ? 'dashed' : 'solid';
}

/** Dash arrays scaled to the stroke, so a heavy dotted meeting still reads as dots. */
export function dashArray(pattern: LinePattern, strokeWidth: number): string | null {
  if (pattern === 'dotted') return `0.01 ${Math.round((strokeWidth + 3) * 10) / 10}`;
  if (pattern === 'dashed')
    return `${Math.round(strokeWidth * 4 + 3)} ${Math.round(strokeWidth * 2 + 2)}`;
  return null;
}

/** The label font size for a panel: readable from the back of a room, smaller on a phone. */
export function labelFontSize(width: number, height: number): number {
  return Math.round(Math.max(11, Math.min(14, Math.min(width, height) * 0.019)) * 2) / 2;
}

/**
 * Puts the visible graph on the layout: hulls around each grouping's visible members, edges
 * from outline to outline, node shapes, and labels placed so none collide. `positions`
 * overrides the layout for nodes the user dragged (pinned).
 */
export function buildNetworkScene(
  groups: readonly CountryGroup[],
  visible: VisibleGraph,
  layout: NetworkLayout,
  measure: MeasureText,
  positions: ReadonlyMap<string, { x: number; y: number }> = new Map(),
  labelScale = 1,
): NetworkScene {
  const nodes: SceneNode[] = [];
  for (const node of visible.nodes) {
    const at = layout.byId.get(node.id);
    if (!at) continue;
    const moved = positions.get(node.id);
    nodes.push({
      node,
      x: moved?.x ?? at.x,
      y: moved?.y ?? at.y,
      r: at.r,
      outer: at.outer,
      shape: nodeShapePath(node.kind, at.r),
      ring: nodeShapePath(node.kind, at.r + 4),
    });
  }
  const byId = new Map(nodes.map((n) => [n.node.id, n]));

  const hullPad = Math.max(8, layout.gap * 0.9);
  const fontSize = labelFontSize(layout.width, layout.height) * labelScale;
  const obstacles = nodes.map((n) => {
    const e = shapeExtent(n.node.kind, n.r);
    const box = { x0: n.x - e.left, y0: n.y - e.top, x1: n.x + e.right, y1: n.y + e.bottom };
    return { id: n.node.id, x: n.x, y: n.y, r: n.outer, box };
  });
  const hulls: SceneHull[] = [];
  const taken: Box[] = [];
  for (const group of groups) {
    const members = nodes.filter((n) => n.node.group === group.id);
    const polygon = hullPolygon(
      members.map((m) => ({ x: m.x, y: m.y, r: m.outer })),
      hullPad,
    );
    if (!polygon) continue;
    // The caption sits centred just above the hull, else just below it, kept in the panel.
    const xs = polygon.map((p) => p[0]);
    const ys = polygon.map((p) => p[1]);
    const text = group.name.toUpperCase();
    const captionSize = fontSize - 1.5;
    const half = measure(text, captionSize, true) / 2 + 4;
    const cx = Math.min(
      layout.width - half,
      Math.max(half, (Math.min(...xs) + Math.max(...xs)) / 2),
    );
    const top: [number, number] = [cx, Math.min(...ys)];
    const bottom: [number, number] = [cx, Math.max(...ys)];
    let caption: PlacedLabel | null = null;
    for (const [[x, y], side] of [
      [top, 'above'],
      [bottom, 'below'],
    ] as const) {
      const result = placeLabels(
        [
          {
            id: group.id,
            x,
            y,
            outer: 0,
            lines: [text],
            fontSize: captionSize,
            bold: true,
            priority: 0,
            sides: [side],
            near: true,
          },
        ],
        { width: layout.width, height: layout.height, measure, obstacles, taken },
      );
      caption = result.placed[0] ?? null;
      if (caption) break;
    }
    if (caption) taken.push(caption.box);
    hulls.push({ group, d: polygonPath(polygon), caption });
  }

  const edges: SceneEdge[] = [];
  for (const edge of visible.edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (!s || !t) continue;
    const style = relationKindStyle(edge.kind);
    const strokeWidth = WEIGHT[style.weight];
    const pattern = linePattern(edge);
    edges.push({
      edge,
      strokeWidth,
      pattern,
      dasharray: dashArray(pattern, strokeWidth),
      geometry: edgeGeometry(
        { id: s.node.id, kind: s.node.kind, x: s.x, y: s.y, r: s.r },
        { id: t.node.id, kind: t.node.kind, x: t.x, y: t.y, r: t.r },
        {
          lane: edge.lane,
          directed: style.directed,
          opposed: style.opposed,
          strokeWidth,
        },
      ),
    });
  }

  const labels = placeLabels(
    nodes.map((n) => {
      // Type in three steps, as a graphics desk sets it: states, the people and bodies the
      // article dwells on, and the ones it names once.
      const size =
        n.node.kind === 'country' ? fontSize + 1 : n.node.mentions <= 1 ? fontSize - 1 : fontSize;
      const bold = n.node.kind === 'country';
      return {
        id: n.node.id,
        x: n.x,
        y: n.y,
        outer: n.outer,
        extent: shapeExtent(n.node.kind, n.r),
        // Balanced lines about 24 characters wide, at most three (the full name stays in the
        // accessible name and the tooltip).
        lines: wrapLabel(n.node.name, size, bold),
        fontSize: size,
        bold,
        // States first (they carry the argument), then by how much the article says.
        priority: (n.node.kind === 'country' ? 1000 : 0) + n.node.mentions * 10 + n.node.degree,
      };
    }),
    {
      width: layout.width,
      height: layout.height,
      measure,
      obstacles,
      taken,
      // The drawn lines, curves included, so a name keeps off the line a reader sees.
      lines: edges.map((e) => edgePolyline(e.geometry.d)),
    },
  );

  return { width: layout.width, height: layout.height, fontSize, hulls, edges, nodes, labels };
}

/** A node's name in balanced lines of at most LABEL_EMS wide, at most three lines. */
function wrapLabel(name: string, fontSize: number, bold: boolean): string[] {
  const lines = wrapText(
    name,
    LABEL_EMS * fontSize,
    { size: fontSize, weight: bold ? 'bold' : 'normal' },
    { maxLines: 3, balance: true },
  );
  return lines.length > 0 ? lines : [''];
}

/** A label line's width in ems: about 24 characters of a sans. */
const LABEL_EMS = 13;

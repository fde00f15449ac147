import type { Bundle, EntityKind } from '../../bundle/bundle-schema';
import type { CountryGroup } from '../../model/country-groups';
import { selectionFocus, type SelectionFocus } from '../../model/selection-focus';
import type { SceneOptions, SceneSize } from '../../ui/view-module';
import type { ViewState } from '../../view-state/view-state';
import type { EdgeWords } from './graph/network-words';
import type { SceneHull } from './layout/build-network-scene';
import { measureLabel, type MeasureText } from './layout/label-measure';
import { wrapText } from '../../lib/wrap-text';
import type { Box } from './layout/box-geometry';
import { edgeLabelSpot, type EdgeLabelContext } from './layout/edge-label-spot';
import { edgeEmphasis, networkEmphasis, nodeEmphasis, type MarkEmphasis } from './network-emphasis';
import {
  buildNetworkGeometry,
  type NetworkEdgeGeometry,
  type NetworkGeometry,
  type NetworkNodeGeometry,
} from './network-geometry';

export { LAYOUT_SEED, networkGraphOf } from './network-geometry';
export type { MarkEmphasis } from './network-emphasis';

export type NetworkNodeMark = NetworkNodeGeometry & MarkEmphasis;

/** A relation's words at the middle of its line, placed inside the panel. */
export interface EdgeLabelMark {
  lines: string[];
  /** The last line is the date (drawn lighter). */
  hasDate: boolean;
  /** How many of the last lines are the date (a long date phrase wraps). */
  dateLines: number;
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  fontSize: number;
  box: { x: number; y: number; width: number; height: number };
  /** Words moved off their line to free room: a hairline from the box to the line's middle. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface NetworkEdgeMark extends NetworkEdgeGeometry, MarkEmphasis {
  /** The relation's words on its line: placed for the subject only (shown on selection). */
  label: EdgeLabelMark | null;
}

/** Everything the network draws for one bundle, state and size, as plain data. */
export interface NetworkViewScene {
  width: number;
  height: number;
  title: string;
  /** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" */
  source: string;
  fontSize: number;
  labelScale: number;
  mode: 'workspace' | 'presentation';
  hulls: SceneHull[];
  edges: NetworkEdgeMark[];
  nodes: NetworkNodeMark[];
  /** Names with no free spot; they stay in the tooltip and the accessible name. */
  hiddenLabels: string[];
  /** Is anything selected or hovered (so the context recedes)? */
  emphasis: boolean;
  legend: { kinds: EntityKind[]; relationKinds: string[]; groups: CountryGroup[] };
  counts: { nodes: number; edges: number; allNodes: number; allEdges: number };
}

/** Options only the network has. */
export interface NetworkSceneOptions extends SceneOptions {
  /** Nodes the user dragged, as fractions of the panel (so a pin survives a resize). */
  pins?: ReadonlyMap<string, { fx: number; fy: number }>;
  /** Text measure; defaults to the shared one (the same labels on every machine). */
  measure?: MeasureText;
}

/**
 * What a relation's words keep clear of: every node mark, every placed name (both ends
 * included) and the groupings' captions, and where its two ends stand, so the words can move along their own line.
 */
export function edgeLabelContext(
  geometry: { nodes: readonly NetworkNodeGeometry[]; hulls: readonly SceneHull[] },
  edge: { edge: { source: string; target: string } },
): EdgeLabelContext | null {
  const from = geometry.nodes.find((n) => n.node.id === edge.edge.source);
  const to = geometry.nodes.find((n) => n.node.id === edge.edge.target);
  if (!from || !to) return null;
  const obstacles: Box[] = [];
  for (const n of geometry.nodes) {
    obstacles.push({ x0: n.x - n.outer, y0: n.y - n.outer, x1: n.x + n.outer, y1: n.y + n.outer });
    if (n.label) obstacles.push(n.label.box);
  }
  for (const h of geometry.hulls) if (h.caption) obstacles.push(h.caption.box);
  return { from, to, obstacles };
}

/**
 * Where a relation's words go: above the middle of its line, or, when that covers a node or a
 * name, the nearest spot along the line that covers least; always inside the panel.
 */
export function edgeLabel(
  edge: { geometry: { mid: { x: number; y: number } } },
  words: EdgeWords,
  scene: { width: number; height: number; fontSize: number },
  measure: MeasureText = measureLabel,
  context: EdgeLabelContext | null = null,
): EdgeLabelMark {
  const { fontSize, width, height } = scene;
  // Where the words cover names whatever spot they take (a crowded pane), they are said shorter
  // rather than over a name: without the date (the inspector and the accessible name keep it),
  // then a size smaller, then in one line.
  // Never smaller on a slide (labels there stay at 24 px or more: docs/briefing.md).
  const small = fontSize >= 20 ? fontSize : Math.max(9, fontSize - 1.5);
  const tries: [size: number, withDate: boolean, lines?: number][] = [
    [fontSize, words.date !== null],
  ];
  if (words.date !== null) tries.push([fontSize, false]);
  tries.push([small, false], [small, false, 1]);
  let best: EdgeLabelMark | null = null;
  let bestCovers = Infinity;
  for (const [size, withDate, most] of tries) {
    const text = wrapEdgeWords(words.text, size, width, most);
    // A long date phrase ("Shortly after the … summit on June 12 · Jun 2018 – Jul 2018") wraps
    // too, or it alone would set the words' width.
    const date = withDate && words.date ? wrapEdgeWords(words.date, size, width) : [];
    const lines = [...text, ...date];
    const w = Math.max(...lines.map((l) => measure(l, size, false)));
    const lineHeight = size * 1.2;
    const h = lines.length * lineHeight;
    const spot = edgeLabelSpot({ w, h }, edge.geometry.mid, { width, height }, context);
    const { x, y: top } = spot;
    const box = { x: x - w / 2 - 5, y: top - 3, width: w + 10, height: h + 6 };
    // The hairline leaves the box at its point nearest the line's middle.
    const leader = spot.leader && {
      x1: Math.min(box.x + box.width, Math.max(box.x, spot.leader.x)),
      y1: Math.min(box.y + box.height, Math.max(box.y, spot.leader.y)),
      x2: spot.leader.x,
      y2: spot.leader.y,
    };
    if (spot.covers < bestCovers) {
      bestCovers = spot.covers;
      best = {
        lines,
        hasDate: date.length > 0,
        dateLines: date.length,
        x,
        y: top + size * 0.95,
        lineHeight,
        fontSize: size,
        box,
        leader,
      };
    }
    if (spot.covers === 0) break;
  }
  // tries is never empty, so best is set.
  return best as EdgeLabelMark;
}

/**
 * The geometry with every mark flagged for a selection and a hovered passage: what slides,
 * the handout and downloads draw. The screen keeps the two apart (geometry memoised, flags per
 * click) and never builds this.
 */
export function flagNetworkGeometry(
  geometry: NetworkGeometry,
  selection: SelectionFocus | null,
  hover: SelectionFocus | null,
  options: { mode?: 'workspace' | 'presentation'; measure?: MeasureText } = {},
): NetworkViewScene {
  const emphasis = networkEmphasis(selection, hover);
  const { nodes, edges, ...rest } = geometry;
  return {
    ...rest,
    mode: options.mode ?? 'workspace',
    emphasis: emphasis.active,
    nodes: nodes.map((n) => ({ ...n, ...nodeEmphasis(emphasis, n.node.id) })),
    edges: edges.map((e) => {
      const flags = edgeEmphasis(emphasis, e.edge.id);
      return {
        ...e,
        ...flags,
        label: flags.subject
          ? edgeLabel(e, e.words, geometry, options.measure, edgeLabelContext(geometry, e))
          : null,
      };
    }),
  };
}

/**
 * The network for a bundle and a state at a size: filters from the URL (hidden kinds, hidden
 * relations, as of), the seeded layout, labels placed so none collide, and every mark flagged
 * for the selection. Pure and deterministic; slides, the handout and the exports draw this.
 */
export function buildNetworkViewScene(
  bundle: Bundle,
  state: ViewState,
  size: SceneSize,
  options: NetworkSceneOptions = {},
): NetworkViewScene {
  const geometry = buildNetworkGeometry(bundle, state, size, {
    ...(options.pins ? { pins: options.pins } : {}),
    ...(options.measure ? { measure: options.measure } : {}),
    labelScale: options.labelScale ?? 1,
  });
  const focus = state.selection === null ? null : (options.focus ?? resolveFocus(bundle, state));
  return flagNetworkGeometry(geometry, focus, options.hover ?? null, {
    mode: options.mode ?? 'workspace',
    ...(options.measure ? { measure: options.measure } : {}),
  });
}

function resolveFocus(bundle: Bundle, state: ViewState): SelectionFocus | null {
  const result = selectionFocus(bundle, state.selection);
  return result.ok ? result.focus : null;
}

/**
 * A relation's words in at most two balanced lines about 44 characters wide (the date goes on
 * a line of its own): what the screen's canvas and every picture of the network show.
 */
export function wrapEdgeWords(
  text: string,
  fontSize: number,
  panelWidth = Infinity,
  mostLines?: number,
): string[] {
  // In a narrow pane the words take at most 45 % of its width (in up to three lines), so there
  // is room beside their line that covers no name.
  const width = Math.min(EDGE_EMS * fontSize, Math.max(12 * fontSize, panelWidth * 0.45));
  const maxLines = mostLines ?? (width < EDGE_EMS * fontSize ? 3 : 2);
  return wrapText(text, width, { size: fontSize }, { maxLines, balance: true });
}

/** An edge label's line width in ems: about 44 characters of a sans. */
const EDGE_EMS = 23;

import {
  boxesOverlap,
  boxHitsCircle,
  segmentHitsBox,
  type Box,
  type Segment,
} from './box-geometry';
import { candidateAt, leaderLine, type Side, type TextAnchor } from './label-candidates';
import type { MeasureText } from './measure-text';

/** A node's label to place beside it. */
export interface LabelInput {
  id: string;
  x: number;
  y: number;
  /** The node's outer radius: the label starts beyond it. */
  outer: number;
  lines: string[];
  fontSize: number;
  bold: boolean;
  /** Higher goes first and so gets the best spot. */
  priority: number;
  /** Only these spots, in this order (default: all sixteen, leaning outward). */
  sides?: readonly Side[];
  /** Only the nearest distances, no leader line (captions that must sit at their point). */
  near?: boolean;
}

/** A label where it fits: draw each line at (x, y + i·lineHeight) with this anchor. */
export interface PlacedLabel {
  id: string;
  lines: string[];
  fontSize: number;
  bold: boolean;
  anchor: TextAnchor;
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  box: Box;
  /** Placed far from its node: draw this hairline from the node's outline to the label. */
  leader: Segment | null;
}

export interface LabelPlacementOptions {
  width: number;
  height: number;
  measure: MeasureText;
  /** Every node drawn, as circles a label must not cover (id: a label's own node is let closer). */
  obstacles: readonly { id: string; x: number; y: number; r: number }[];
  /** Lines (edges, as chords) a label should rather not cross: a cost, not a ban. */
  lines?: readonly Segment[];
  /** Boxes already taken (captions placed earlier): labels keep off them too. */
  taken?: readonly Box[];
  /** Clear space around each label. */
  padding?: number;
}

export interface LabelPlacement {
  placed: PlacedLabel[];
  /** Labels with no free spot: the name stays in the tooltip and the accessible name. */
  hidden: string[];
}

/**
 * Greedy placement, most important label first. Each label tries eight spots around its node
 * at four distances and takes the cheapest that stays in the panel and clear of every node and
 * every label already placed: near beats far, beside beats above or below, and each edge the
 * label would lie across adds a cost, so names sit in the quiet spaces between lines. Labels
 * lean outward, away from the middle where the edges between the camps run. Pure: positions
 * and sizes in, boxes out; the result never overlaps.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  options: LabelPlacementOptions,
): LabelPlacement {
  const { width, height, measure, obstacles } = options;
  const lines = options.lines ?? [];
  const pad = options.padding ?? 2;
  const ordered = [...labels].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];
  const taken = options.taken ?? [];

  for (const label of ordered) {
    const lineHeight = Math.round(label.fontSize * 1.15 * 10) / 10;
    const w = Math.max(0, ...label.lines.map((l) => measure(l, label.fontSize, label.bold)));
    const h = lineHeight * label.lines.length;
    const outward = label.x > width / 2;
    const sides: Side[] = label.sides
      ? [...label.sides]
      : outward
        ? ['left', 'right', 'below', 'above', 'left-down', 'left-up', 'below-left', 'above-left']
        : [
            'right',
            'left',
            'below',
            'above',
            'right-down',
            'right-up',
            'below-right',
            'above-right',
          ];
    if (!label.sides)
      sides.push(
        ...(outward
          ? ([
              'bl',
              'tl',
              'br',
              'tr',
              'right-down',
              'right-up',
              'below-right',
              'above-right',
            ] as const)
          : ([
              'br',
              'tr',
              'bl',
              'tl',
              'left-down',
              'left-up',
              'below-left',
              'above-left',
            ] as const)),
      );
    let best: PlacedLabel | null = null;
    let bestCost = Infinity;
    // The last two rings are a fallback: far enough that the label needs a leader line.
    (label.near ? [3, 8] : [3, 8, 14, 22, 34, 48]).forEach((extra, ring) => {
      sides.forEach((side, rank) => {
        const candidate = candidateAt(label, side, label.outer + extra, w, h, lineHeight);
        if (taken.some((b) => boxesOverlap(candidate.box, b, pad))) return;
        if (!fits(candidate.box, label.id, width, height, placed, obstacles, pad)) return;
        const crossings = lines.filter((l) => segmentHitsBox(l, candidate.box)).length;
        const cost = ring * 4 + (ring >= 4 ? 20 : 0) + rank * 0.6 + crossings * 1.5;
        if (ring >= 4) candidate.leader = leaderLine(label, candidate.box);
        if (cost < bestCost) {
          bestCost = cost;
          best = candidate;
        }
      });
    });
    if (best) placed.push(best);
    else hidden.push(label.id);
  }
  return { placed, hidden };
}

function fits(
  box: Box,
  own: string,
  width: number,
  height: number,
  placed: readonly PlacedLabel[],
  obstacles: LabelPlacementOptions['obstacles'],
  pad: number,
): boolean {
  if (box.x0 < pad || box.y0 < pad || box.x1 > width - pad || box.y1 > height - pad) return false;
  if (placed.some((p) => boxesOverlap(box, p.box, pad))) return false;
  // Wider berth around nodes than around labels: a name that touches another node reads as
  // that node's name.
  return !obstacles.some((o) => boxHitsCircle(box, o, o.id === own ? pad : pad * 3));
}

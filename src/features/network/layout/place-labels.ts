import {
  boxesOverlap,
  boxHitsCircle,
  segmentHitsBox,
  type Box,
  type Segment,
} from './box-geometry';
import { candidateAt, extentOf, leaderLine, type Side, type TextAnchor } from './label-candidates';
import type { ShapeExtent } from './node-shape';
import type { MeasureText } from './label-measure';

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
  /** The node's shape's box about its centre (default: a circle of radius `outer`). */
  extent?: ShapeExtent;
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
  /** Every node drawn, as circles a label must not cover (id: a label's own node is let closer),
   * and, where given, the shape's box (a hexagon's box reaches past its circle at the corners,
   * and a reader sees the shape, not the circle). */
  obstacles: readonly { id: string; x: number; y: number; r: number; box?: Box }[];
  /** Lines (edges, each as straight pieces: see edgePolyline) a label should rather not cross:
   * a cost, not a ban. */
  lines?: readonly (readonly Segment[])[];
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
  // Nodes and placed labels in a grid, so each candidate meets only its neighbours: a large
  // network's download places its labels in a second, not an hour.
  const nodes = new BoxGrid<LabelPlacementOptions['obstacles'][number]>();
  for (const o of obstacles) {
    const reach = o.r + pad * 3;
    nodes.add({ x0: o.x - reach, y0: o.y - reach, x1: o.x + reach, y1: o.y + reach }, o);
  }
  const boxes = new BoxGrid<Box>();
  // Crossing lines only cost a label its spot; past a few thousand lines, counting them for
  // every candidate costs more than it gives (nodes and other labels are still kept clear).
  const costLines = lines.length <= MAX_COSTED_LINES ? lines : [];

  for (const [rank, label] of ordered.entries()) {
    if (rank >= MAX_LABELS) {
      hidden.push(label.id);
      continue;
    }
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
    const attempt = (rings: readonly number[], berth: number): PlacedLabel | null => {
      let best: PlacedLabel | null = null;
      let bestCost = Infinity;
      rings.forEach((extra, ring) => {
        sides.forEach((side, rank) => {
          const candidate = candidateAt(label, side, label.outer + extra, w, h, lineHeight);
          if (taken.some((b) => boxesOverlap(candidate.box, b, pad))) return;
          if (!fits(candidate.box, label, width, height, boxes, nodes, pad, berth)) return;
          const crossings = crossingsOf(candidate.box, costLines);
          // A label farther than a glance from its mark gets a hairline to it, and costs more.
          const far = gapToMark(label, candidate.box) > LEADER_GAP;
          // A line through a name is worse than a name two rings out: it reads as struck out.
          const cost = ring * 4 + (far ? 12 : 0) + rank * 0.6 + crossings * CROSSING_COST;
          if (far && !label.near) candidate.leader = leaderLine(label, candidate.box);
          if (cost < bestCost) {
            bestCost = cost;
            best = candidate;
          }
        });
      });
      return best;
    };
    // Near spots first; then farther rings with a leader; then, rather than leave a node
    // unnamed, closer to other nodes (still never over one or over another label).
    const best =
      attempt(label.near ? [3, 8] : [3, 8, 14, 22, 34, 48], pad * 3) ??
      (label.near ? null : attempt([3, 8, 14, 22, 34, 48, 64, 84], pad));
    if (best) {
      placed.push(best);
      boxes.add(best.box, best.box);
    } else hidden.push(label.id);
  }
  return { placed, hidden };
}

function fits(
  box: Box,
  label: LabelInput,
  width: number,
  height: number,
  placed: BoxGrid<Box>,
  obstacles: BoxGrid<LabelPlacementOptions['obstacles'][number]>,
  pad: number,
  berth: number,
): boolean {
  if (box.x0 < pad || box.y0 < pad || box.x1 > width - pad || box.y1 > height - pad) return false;
  if (placed.some(box, pad, (p) => boxesOverlap(box, p, pad))) return false;
  // Wider berth around nodes than around labels: a name that touches another node reads as
  // that node's name. Its own node is kept clear by its shape's box, so a name may stand close
  // to a flat side.
  const e = extentOf(label);
  const own = {
    x0: label.x - e.left,
    y0: label.y - e.top,
    x1: label.x + e.right,
    y1: label.y + e.bottom,
  };
  return !obstacles.some(box, 0, (o) =>
    o.id === label.id
      ? boxesOverlap(box, own, pad)
      : boxHitsCircle(box, o, berth) || (o.box !== undefined && boxesOverlap(box, o.box, pad)),
  );
}

/** How many of the lines (each a list of straight pieces) pass through the box. */
function crossingsOf(box: Box, lines: readonly (readonly Segment[])[]): number {
  let n = 0;
  for (const pieces of lines) if (pieces.some((p) => segmentHitsBox(p, box))) n += 1;
  return n;
}

/** What one line through a label costs: more than a leader (12) and two rings out (8). */
const CROSSING_COST = 60;

/** A label whose nearest edge is farther than this from its mark's outline gets a leader. */
const LEADER_GAP = 7;

/** Distance from a node's shape (its box) to the nearest point of a label's box. */
function gapToMark(label: LabelInput, box: Box): number {
  const e = extentOf(label);
  const dx = Math.max(0, box.x0 - (label.x + e.right), label.x - e.left - box.x1);
  const dy = Math.max(0, box.y0 - (label.y + e.bottom), label.y - e.top - box.y1);
  return Math.hypot(dx, dy);
}

/** More labels than this (by priority) are left to the tooltip and the table. */
const MAX_LABELS = 600;
/** Past this many lines, crossings are not counted (see placeLabels). */
const MAX_COSTED_LINES = 3000;

/** Items by the grid cells their boxes touch: what lies near a box, without looking at all. */
class BoxGrid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size = 48) {}

  private keys(box: Box, pad: number): number[] {
    const out: number[] = [];
    const s = this.size;
    for (let gx = Math.floor((box.x0 - pad) / s); gx <= Math.floor((box.x1 + pad) / s); gx++)
      for (let gy = Math.floor((box.y0 - pad) / s); gy <= Math.floor((box.y1 + pad) / s); gy++)
        out.push(gx * 65_537 + gy);
    return out;
  }

  add(box: Box, item: T): void {
    for (const key of this.keys(box, 0)) {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    }
  }

  /**
   * Whether any item sharing a cell with the box grown by pad passes the test. Stops at the
   * first; an item in two cells may be tested twice, which costs less than gathering a set
   * (on a dense graph's download, gathering was most of the labels' time).
   */
  some(box: Box, pad: number, test: (item: T) => boolean): boolean {
    const s = this.size;
    const gx1 = Math.floor((box.x1 + pad) / s);
    const gy0 = Math.floor((box.y0 - pad) / s);
    const gy1 = Math.floor((box.y1 + pad) / s);
    for (let gx = Math.floor((box.x0 - pad) / s); gx <= gx1; gx++)
      for (let gy = gy0; gy <= gy1; gy++) {
        const list = this.cells.get(gx * 65_537 + gy);
        if (list) for (const item of list) if (test(item)) return true;
      }
    return false;
  }
}

import type { CanvasScene } from './canvas-scene';

/** The zoom: screen = world · k + (x, y). */
export interface View {
  k: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label chosen for this frame, in screen pixels (baseline at y, starting at x). */
export interface ScreenLabel {
  node: number;
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
}

export interface LabelChoice {
  /** Nodes labelled whatever the zoom, first (the selection and what it concerns). */
  first: readonly number[];
  /** Width of a name at a size, bold or not. */
  measure: (text: string, fontSize: number, bold: boolean) => number;
  /** At most this many labels (default 150). */
  max?: number;
  /** At most this many nodes in view tried (default 4000): a frame's labels cost a bounded time. */
  budget?: number;
  /** Screen boxes no name may cover unless it is one of `first` (the groupings' captions). */
  blocked?: readonly { x0: number; y0: number; x1: number; y1: number }[];
}

const CELL = 64;

/**
 * Level of detail for names: at each zoom, the most important nodes in view get their name
 * (states, then by mentions and relations), each to the right of its node or else to its
 * left, never over another name; the rest stay unnamed until a zoom gives them room (their
 * names are in the accessible layer, the tooltip and the table). Greedy, with a grid of placed
 * boxes, so a frame costs the same for 500 nodes or 20,000. Pure: screen boxes out.
 */
export function chooseLabels(scene: CanvasScene, view: View, choice: LabelChoice): ScreenLabel[] {
  const max = choice.max ?? 150;
  const budget = choice.budget ?? 4000;
  const grid = new Map<number, { x0: number; y0: number; x1: number; y1: number }[]>();
  const out: ScreenLabel[] = [];
  const seen = new Set<number>();
  // The names' size follows the zoom a little, between the SVG's size and a size smaller.
  const base = scene.fontSize * Math.min(1, Math.max(0.85, view.k));
  const cellsOf = (x0: number, y0: number, x1: number, y1: number) => {
    const keys: number[] = [];
    for (let gx = Math.floor(x0 / CELL); gx <= Math.floor(x1 / CELL); gx++)
      for (let gy = Math.floor(y0 / CELL); gy <= Math.floor(y1 / CELL); gy++)
        keys.push(gx * 100_003 + gy);
    return keys;
  };
  const free = (box: { x0: number; y0: number; x1: number; y1: number }) =>
    cellsOf(box.x0, box.y0, box.x1, box.y1).every((key) =>
      (grid.get(key) ?? []).every(
        (b) => box.x1 < b.x0 || box.x0 > b.x1 || box.y1 < b.y0 || box.y0 > b.y1,
      ),
    );
  const take = (box: { x0: number; y0: number; x1: number; y1: number }) => {
    for (const key of cellsOf(box.x0, box.y0, box.x1, box.y1)) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
  };

  for (const box of choice.blocked ?? []) take(box);

  let tried = 0;
  const consider = (i: number, always: boolean) => {
    if (seen.has(i)) return;
    seen.add(i);
    const sx = (scene.x[i] ?? 0) * view.k + view.x;
    const sy = (scene.y[i] ?? 0) * view.k + view.y;
    if (sx < -40 || sy < -20 || sx > view.width + 40 || sy > view.height + 20) return;
    tried += 1;
    const bold = scene.kinds[i] === 1;
    const fontSize = bold ? base + 1 : base;
    const text = scene.names[i] ?? '';
    const width = choice.measure(text, fontSize, bold);
    const gap = (scene.outer[i] ?? 0) * view.k + 3;
    const h = fontSize * 1.2;
    for (const side of [1, -1]) {
      const x = side > 0 ? sx + gap : sx - gap - width;
      const box = { x0: x - 2, y0: sy - h / 2 - 1, x1: x + width + 2, y1: sy + h / 2 + 1 };
      if (box.x0 < 0 || box.x1 > view.width || box.y0 < 0 || box.y1 > view.height) continue;
      if (!always && !free(box)) continue;
      take(box);
      out.push({ node: i, text, x, y: sy + fontSize * 0.35, width, fontSize, bold });
      return;
    }
  };
  for (const i of choice.first) if (out.length < max) consider(i, true);
  for (let p = 0; p < scene.labelOrder.length && out.length < max && tried < budget; p++)
    consider(scene.labelOrder[p] ?? 0, false);
  return out;
}

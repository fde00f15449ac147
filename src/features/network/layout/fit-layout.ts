import type { EntityKind } from '../../../bundle/bundle-schema';
import { BASE_FRAME, nodeGap, nodeRadius, type AbstractLayout } from './abstract-layout';
import { layoutOrientation, type LayoutOrientation } from './layout-anchors';
import { shapeOuterRadius } from './node-shape';
import { separateNodes } from './separate-nodes';

/** A node where the layout put it, in panel pixels. */
export interface LayoutNode {
  id: string;
  kind: EntityKind;
  x: number;
  y: number;
  /** Size radius (the shape has a circle of this radius's area). */
  r: number;
  /** Distance from the centre to the farthest point of the shape. */
  outer: number;
}

/** A layout fitted to a panel. */
export interface NetworkLayout {
  width: number;
  height: number;
  orientation: LayoutOrientation;
  nodes: LayoutNode[];
  byId: Map<string, LayoutNode>;
  /** Clear space kept between the outlines of any two nodes. */
  gap: number;
}

export interface FitOptions {
  width: number;
  height: number;
  /**
   * `panel` (default, the SVG drawing): radii follow the panel, the picture is stretched to fill
   * it (a little more along one axis than the other, at most 1.5×) and outlines are kept apart.
   * `scale` (the canvas, which zooms): the layout keeps its proportions and radii scale with it,
   * so the first frame shows the whole graph and zooming in shows it as laid out.
   */
  mode?: 'panel' | 'scale';
  /** Leave room for a grouping's caption above and below (default true). */
  captions?: boolean;
}

/** Panel margin the outlines keep; labels have their own bounds check. */
export const FIT_MARGIN = 10;
const MARGIN = FIT_MARGIN;

/**
 * Puts an abstract layout (see abstract-layout.ts) into a panel: turned a quarter for a
 * portrait panel (the groupings then stack instead of sitting side by side), scaled and centred
 * with margins for labels and captions. Cheap, so a resize refits instead of laying out again.
 */
export function fitLayout(
  layout: AbstractLayout,
  nodes: readonly { id: string; kind: EntityKind; mentions: number }[],
  options: FitOptions,
): NetworkLayout {
  const width = Math.max(options.width, 120);
  const height = Math.max(options.height, 120);
  const orientation = layoutOrientation(width, height);
  const turn = orientation === 'vertical';
  const scaleMode = options.mode === 'scale';
  const maxMentions = Math.max(0, ...nodes.map((n) => n.mentions));
  const byId = new Map(layout.ids.map((id, i) => [id, i]));

  const ax = (i: number) => (turn ? layout.y[i] : layout.x[i]) ?? 0;
  const ay = (i: number) => (turn ? layout.x[i] : layout.y[i]) ?? 0;
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < layout.ids.length; i++) {
    x0 = Math.min(x0, ax(i));
    x1 = Math.max(x1, ax(i));
    y0 = Math.min(y0, ay(i));
    y1 = Math.max(y1, ay(i));
  }
  if (!Number.isFinite(x0)) x0 = x1 = y0 = y1 = 0;

  // Radii: the panel's own in panel mode; the base frame's, scaled with the layout, in scale mode.
  const panelR = (m: number) => nodeRadius(m, maxMentions, width, height);
  const baseR = (m: number) => nodeRadius(m, maxMentions, BASE_FRAME.width, BASE_FRAME.height);
  const rMaxOuter = Math.max(
    0,
    ...nodes.map((n) =>
      shapeOuterRadius(n.kind, scaleMode ? baseR(n.mentions) : panelR(n.mentions)),
    ),
  );
  const captions = options.captions ?? true;
  const mx = MARGIN + 14;
  const my = MARGIN + (captions ? 32 : 22);
  const spanX = Math.max(1, x1 - x0);
  const spanY = Math.max(1, y1 - y0);
  let kx: number;
  let ky: number;
  if (scaleMode) {
    // Solve for the scale with the outlines inside the margins: s·span + 2·s·outer = room.
    kx = ky = Math.min(
      (width - 2 * mx) / (spanX + 2 * rMaxOuter),
      (height - 2 * my) / (spanY + 2 * rMaxOuter),
    );
  } else {
    const sx = (width - 2 * (mx + rMaxOuter)) / spanX;
    const sy = (height - 2 * (my + rMaxOuter)) / spanY;
    const s = Math.max(0.01, Math.min(sx, sy));
    kx = Math.max(0.01, Math.min(sx, s * 1.5));
    ky = Math.max(0.01, Math.min(sy, s * 1.5));
  }
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const gap = scaleMode
    ? nodeGap(BASE_FRAME.width, BASE_FRAME.height) * kx
    : nodeGap(width, height);

  const placed: LayoutNode[] = nodes.map((n) => {
    const i = byId.get(n.id);
    const r = scaleMode ? baseR(n.mentions) * kx : panelR(n.mentions);
    return {
      id: n.id,
      kind: n.kind,
      x: i === undefined ? width / 2 : width / 2 + (ax(i) - cx) * kx,
      y: i === undefined ? height / 2 : height / 2 + (ay(i) - cy) * ky,
      r,
      outer: shapeOuterRadius(n.kind, r),
    };
  });
  // The fit may bring outlines closer than the gap (a small panel, a stretch); mend that.
  if (!scaleMode) separateNodes(placed, gap, { width, height, margin: MARGIN });
  return {
    width,
    height,
    orientation,
    nodes: placed,
    byId: new Map(placed.map((n) => [n.id, n])),
    gap,
  };
}

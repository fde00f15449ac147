import type { EntityKind } from '../../../bundle/bundle-schema';
import { BASE_FRAME, nodeGap, nodeRadius } from '../layout/abstract-layout';
import { layoutOrientation } from '../layout/layout-anchors';
import { FIT_MARGIN } from '../layout/fit-layout';
import { shapeOuterRadius } from '../layout/node-shape';

/** Each node's size at the base frame, made once per graph: a refit only multiplies them. */
export interface BaseRadii {
  /** Size radius at the base frame, in the graph's node order. */
  r: Float64Array;
  /** Outer radius (the shape's farthest point) at the base frame. */
  outer: Float64Array;
  maxOuter: number;
}

/** Nodes placed in a panel, as flat arrays (one entry per node, in some stated order). */
export interface Placement {
  width: number;
  height: number;
  /** Clear space kept between outlines, in panel pixels. */
  gap: number;
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
  outer: Float64Array;
}

/** The nodes' radii at the base frame (fitLayout's `scale` mode scales these). */
export function baseRadii(nodes: readonly { kind: EntityKind; mentions: number }[]): BaseRadii {
  const maxMentions = Math.max(0, ...nodes.map((n) => n.mentions));
  const r = new Float64Array(nodes.length);
  const outer = new Float64Array(nodes.length);
  let maxOuter = 0;
  nodes.forEach((n, i) => {
    const radius = nodeRadius(n.mentions, maxMentions, BASE_FRAME.width, BASE_FRAME.height);
    r[i] = radius;
    outer[i] = shapeOuterRadius(n.kind, radius);
    maxOuter = Math.max(maxOuter, outer[i] ?? 0);
  });
  return { r, outer, maxOuter };
}

/**
 * fitLayout's `scale` mode (the canvas's) on flat arrays: the same numbers, without an object
 * and a map entry per node. A settling 20,000-node layout is refitted for every set of
 * positions the worker sends, on the main thread, so this is on the open → stable path.
 * `x`/`y` are the abstract layout's positions; `radii` in the same order. Pure.
 */
export function fitScaled(
  x: Float64Array,
  y: Float64Array,
  radii: BaseRadii,
  options: { width: number; height: number; captions: boolean },
): Placement {
  const width = Math.max(options.width, 120);
  const height = Math.max(options.height, 120);
  const turn = layoutOrientation(width, height) === 'vertical';
  const ax = turn ? y : x;
  const ay = turn ? x : y;
  const n = Math.min(x.length, radii.r.length);
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const px = ax[i] ?? 0;
    const py = ay[i] ?? 0;
    if (px < x0) x0 = px;
    if (px > x1) x1 = px;
    if (py < y0) y0 = py;
    if (py > y1) y1 = py;
  }
  if (!Number.isFinite(x0)) x0 = x1 = y0 = y1 = 0;
  // As fitLayout: margins for labels and captions, the outlines inside them.
  const mx = FIT_MARGIN + 14;
  const my = FIT_MARGIN + (options.captions ? 32 : 22);
  const spanX = Math.max(1, x1 - x0);
  const spanY = Math.max(1, y1 - y0);
  const k = Math.min(
    (width - 2 * mx) / (spanX + 2 * radii.maxOuter),
    (height - 2 * my) / (spanY + 2 * radii.maxOuter),
  );
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const fit: Placement = {
    width,
    height,
    gap: nodeGap(BASE_FRAME.width, BASE_FRAME.height) * k,
    x: new Float64Array(n),
    y: new Float64Array(n),
    r: new Float64Array(n),
    outer: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    fit.x[i] = width / 2 + ((ax[i] ?? 0) - cx) * k;
    fit.y[i] = height / 2 + ((ay[i] ?? 0) - cy) * k;
    fit.r[i] = (radii.r[i] ?? 0) * k;
    fit.outer[i] = (radii.outer[i] ?? 0) * k;
  }
  return fit;
}

/**
 * The placement of a subset (the visible nodes), in its own order: `order[i]` is the index, in
 * `fit`'s order, of the subset's node i.
 */
export function pickPlacement(fit: Placement, order: Int32Array): Placement {
  const n = order.length;
  const out: Placement = {
    width: fit.width,
    height: fit.height,
    gap: fit.gap,
    x: new Float64Array(n),
    y: new Float64Array(n),
    r: new Float64Array(n),
    outer: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const j = order[i] ?? 0;
    out.x[i] = fit.x[j] ?? 0;
    out.y[i] = fit.y[j] ?? 0;
    out.r[i] = fit.r[j] ?? 1;
    out.outer[i] = fit.outer[j] ?? 1;
  }
  return out;
}

import { quadtree, type Quadtree } from 'd3-quadtree';
import type { CanvasScene } from './canvas-scene';

/** A point in panel pixels at zoom 1 (the scene's own coordinates). */
export interface WorldPoint {
  x: number;
  y: number;
}

/** Smallest target on screen, in px: a node drawn as a dot is still easy to hit. */
export const MIN_HIT_PX = 6;
/** How near a line a click must land, in px on screen. */
export const EDGE_HIT_PX = 5;

/** Finds what is under a point: a node first (always), else the nearest line within reach. */
export interface CanvasHitIndex {
  /** The node under the point at zoom k, or -1. */
  nodeAt(point: WorldPoint, k: number): number;
  /** The edge within reach of the point at zoom k, or -1. */
  edgeAt(point: WorldPoint, k: number): number;
}

/** Where an edge's line bends: its control point (a pair's several relations part as curves). */
export function edgeControl(scene: CanvasScene, k: number): { cx: number; cy: number } | null {
  const lane = scene.edges.lane[k] ?? 0;
  if (lane === 0) return null;
  const s = scene.edges.source[k] ?? 0;
  const t = scene.edges.target[k] ?? 0;
  // Canonical direction (lower id to higher), as edge-geometry.ts, so opposite relations part.
  const [a, b] = (scene.ids[s] ?? '') <= (scene.ids[t] ?? '') ? [s, t] : [t, s];
  const ax = scene.x[a] ?? 0;
  const ay = scene.y[a] ?? 0;
  const bx = scene.x[b] ?? 0;
  const by = scene.y[b] ?? 0;
  const len = Math.hypot(bx - ax, by - ay) || 1;
  // The SVG's 16 px lane gap, in proportion to the nodes (the canvas scene is to scale).
  const bend = lane * 2 * Math.max(2, (scene.maxOuter / 22) * 16);
  return {
    cx: ((scene.x[s] ?? 0) + (scene.x[t] ?? 0)) / 2 + (-(by - ay) / len) * bend,
    cy: ((scene.y[s] ?? 0) + (scene.y[t] ?? 0)) / 2 + ((bx - ax) / len) * bend,
  };
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Hit testing for the canvas: nodes through a quadtree (d3-quadtree), edges by their distance
 * to the point (curves as eight chords). A node always wins over a line, however many lines
 * and other nodes lie under it, which is what a click on a hub's centre means; where nodes
 * overlap, the one whose centre is nearest (for its size) wins.
 */
export function createHitIndex(scene: CanvasScene): CanvasHitIndex {
  const tree: Quadtree<number> = quadtree<number>()
    .x((i) => scene.x[i] ?? 0)
    .y((i) => scene.y[i] ?? 0)
    .addAll(scene.ids.map((_, i) => i));

  return {
    nodeAt(point, k) {
      const slop = MIN_HIT_PX / k;
      const reach = Math.max(scene.maxOuter, slop) + 1;
      let best = -1;
      let bestScore = Infinity;
      tree.visit((node, x0, y0, x1, y1) => {
        if (!('length' in node)) {
          let leaf: typeof node | undefined = node;
          while (leaf) {
            const i = leaf.data;
            const r = Math.max(scene.outer[i] ?? 0, slop);
            const d = Math.hypot((scene.x[i] ?? 0) - point.x, (scene.y[i] ?? 0) - point.y);
            const score = d / r;
            if (d <= r && (score < bestScore || (score === bestScore && i > best))) {
              best = i;
              bestScore = score;
            }
            leaf = leaf.next;
          }
        }
        return (
          x0 > point.x + reach ||
          x1 < point.x - reach ||
          y0 > point.y + reach ||
          y1 < point.y - reach
        );
      });
      return best;
    },
    edgeAt(point, k) {
      const reach = EDGE_HIT_PX / k;
      let best = -1;
      let bestDistance = reach;
      const { source, target, count } = scene.edges;
      for (let e = 0; e < count; e++) {
        const s = source[e] ?? 0;
        const t = target[e] ?? 0;
        const ax = scene.x[s] ?? 0;
        const ay = scene.y[s] ?? 0;
        const bx = scene.x[t] ?? 0;
        const by = scene.y[t] ?? 0;
        // Far from the line's box: not this one (most lines, cheaply).
        if (
          point.x < Math.min(ax, bx) - reach * 8 ||
          point.x > Math.max(ax, bx) + reach * 8 ||
          point.y < Math.min(ay, by) - reach * 8 ||
          point.y > Math.max(ay, by) + reach * 8
        )
          continue;
        const control = edgeControl(scene, e);
        let d: number;
        if (control === null) d = segmentDistance(point.x, point.y, ax, ay, bx, by);
        else {
          d = Infinity;
          let px = ax;
          let py = ay;
          for (let step = 1; step <= 8; step++) {
            const u = step / 8;
            const qx = (1 - u) * (1 - u) * ax + 2 * (1 - u) * u * control.cx + u * u * bx;
            const qy = (1 - u) * (1 - u) * ay + 2 * (1 - u) * u * control.cy + u * u * by;
            d = Math.min(d, segmentDistance(point.x, point.y, px, py, qx, qy));
            px = qx;
            py = qy;
          }
        }
        if (d <= bestDistance) {
          best = e;
          bestDistance = d;
        }
      }
      return best;
    },
  };
}

import type { SimulationNodeDatum } from 'd3-force';

/** Options of the neighbourhood force. */
export interface NeighbourhoodOptions {
  /** Repulsion per pair, as d3's forceManyBody strength (negative pushes apart). */
  charge: number;
  /** Beyond this distance two nodes do not repel (d3's distanceMax). */
  cutoff: number;
  /** Each node's collision radius (outline plus half the gap to keep). */
  radius: (index: number) => number;
  /** How much of an overlap one pass resolves, as d3's forceCollide strength. */
  collideStrength?: number;
  /** Collision passes per tick (d3's forceCollide iterations). */
  collideIterations?: number;
  /** Turn collisions on or off (they are the costly part early on, when nothing is settled). */
  collide?: boolean;
}

/** A d3-force force with an on/off switch for its collisions. */
export interface NeighbourhoodForce<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  setCollide(on: boolean): void;
}

/**
 * Repulsion within a cutoff and collision in one force, found through a uniform grid instead of
 * a quadtree: each node only meets the nodes of its own and the eight neighbouring cells. With a
 * cutoff the work per tick is linear in the node count (d3's forceManyBody builds a quadtree of
 * objects every tick, and forceCollide another, which is what makes 20,000 nodes slow). The
 * arithmetic is d3's own (manyBody's strength·alpha/d², collide's mass-weighted push on the
 * positions the velocities predict), pair by pair and exact, so a small graph lays out as it
 * would with d3's forces at θ = 0. Deterministic: pairs are visited in a fixed order and
 * coincident nodes part along the seeded random source, as in d3.
 */
export function forceNeighbourhood<N extends SimulationNodeDatum>(
  options: NeighbourhoodOptions,
): NeighbourhoodForce<N> {
  let nodes: N[] = [];
  let random: () => number = () => 0.5;
  let radii = new Float64Array(0);
  let collideOn = options.collide ?? true;
  const strength = options.collideStrength ?? 1;
  const cutoff2 = options.cutoff * options.cutoff;
  const xs = { a: new Float64Array(0), b: new Float64Array(0) };
  const vs = { a: new Float64Array(0), b: new Float64Array(0) };
  let pairList = new Int32Array(1024);
  let order = new Int32Array(0);
  let cellOf = new Int32Array(0);
  let start = new Int32Array(0);

  const jiggle = () => (random() - 0.5) * 1e-6;

  /** Sorts node indices into cells of `size`; returns the grid's shape. */
  function grid(x: Float64Array, y: Float64Array, size: number) {
    const n = x.length;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const xi = x[i] ?? 0;
      const yi = y[i] ?? 0;
      if (xi < x0) x0 = xi;
      if (xi > x1) x1 = xi;
      if (yi < y0) y0 = yi;
      if (yi > y1) y1 = yi;
    }
    // Never more cells than a few per node, however far an outlier has flown.
    let cell = size;
    while (((x1 - x0) / cell + 1) * ((y1 - y0) / cell + 1) > 4 * n + 16) cell *= 2;
    const cols = Math.floor((x1 - x0) / cell) + 1;
    const rows = Math.floor((y1 - y0) / cell) + 1;
    const cells = cols * rows;
    if (start.length < cells + 1) start = new Int32Array(cells + 1);
    else start.fill(0, 0, cells + 1);
    for (let i = 0; i < n; i++) {
      const c =
        Math.floor(((x[i] ?? 0) - x0) / cell) + Math.floor(((y[i] ?? 0) - y0) / cell) * cols;
      cellOf[i] = c;
      start[c + 1] = (start[c + 1] ?? 0) + 1;
    }
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
    const fill = start.slice(0, cells);
    for (let i = 0; i < n; i++) {
      const c = cellOf[i] ?? 0;
      order[fill[c] ?? 0] = i;
      fill[c] = (fill[c] ?? 0) + 1;
    }
    return { cols, rows };
  }

  /**
   * Every pair i < j in the same or a neighbouring cell, as a flat list (i, j, i, j, …) in a
   * fixed order. Returns how many numbers of `pairList` are filled.
   */
  function candidatePairs(cols: number, rows: number): number {
    let m = 0;
    const push = (i: number, j: number) => {
      if (m + 2 > pairList.length) {
        const bigger = new Int32Array(pairList.length * 2 + 1024);
        bigger.set(pairList);
        pairList = bigger;
      }
      pairList[m++] = i < j ? i : j;
      pairList[m++] = i < j ? j : i;
    };
    for (let cy = 0; cy < rows; cy++)
      for (let cx = 0; cx < cols; cx++) {
        const c = cx + cy * cols;
        const a0 = start[c] ?? 0;
        const a1 = start[c + 1] ?? 0;
        if (a0 === a1) continue;
        // This cell with itself, then with the four neighbours after it (right, and the row below).
        for (let p = a0; p < a1; p++)
          for (let q = p + 1; q < a1; q++) push(order[p] ?? 0, order[q] ?? 0);
        for (let k = 0; k < 4; k++) {
          const d =
            k === 0
              ? cx + 1 < cols
                ? c + 1
                : -1
              : cy + 1 >= rows
                ? -1
                : k === 1
                  ? cx > 0
                    ? c + cols - 1
                    : -1
                  : k === 2
                    ? c + cols
                    : cx + 1 < cols
                      ? c + cols + 1
                      : -1;
          if (d < 0) continue;
          const b0 = start[d] ?? 0;
          const b1 = start[d + 1] ?? 0;
          for (let p = a0; p < a1; p++)
            for (let q = b0; q < b1; q++) push(order[p] ?? 0, order[q] ?? 0);
        }
      }
    return m;
  }

  function force(alpha: number) {
    const n = nodes.length;
    if (n < 2) return;
    const x = xs.a;
    const y = xs.b;
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      x[i] = node.x ?? 0;
      y[i] = node.y ?? 0;
    }
    // Repulsion on current positions (as forceManyBody), applied to velocities.
    const charge = options.charge * alpha;
    const shape = grid(x, y, options.cutoff);
    const m = candidatePairs(shape.cols, shape.rows);
    const vx = vs.a;
    const vy = vs.b;
    vx.fill(0);
    vy.fill(0);
    for (let p = 0; p < m; p += 2) {
      const i = pairList[p] ?? 0;
      const j = pairList[p + 1] ?? 0;
      let dx = (x[j] ?? 0) - (x[i] ?? 0);
      let dy = (y[j] ?? 0) - (y[i] ?? 0);
      let l = dx * dx + dy * dy;
      if (l >= cutoff2) continue;
      if (dx === 0) {
        dx = jiggle();
        l += dx * dx;
      }
      if (dy === 0) {
        dy = jiggle();
        l += dy * dy;
      }
      if (l < 1) l = Math.sqrt(l);
      const w = charge / l;
      vx[i] = (vx[i] ?? 0) + dx * w;
      vy[i] = (vy[i] ?? 0) + dy * w;
      vx[j] = (vx[j] ?? 0) - dx * w;
      vy[j] = (vy[j] ?? 0) - dy * w;
    }
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      node.vx = (node.vx ?? 0) + (vx[i] ?? 0);
      node.vy = (node.vy ?? 0) + (vy[i] ?? 0);
    }
    if (!collideOn) return;
    for (let k = 0; k < (options.collideIterations ?? 1); k++) collide();
  }

  /** Collisions on the positions the velocities predict (as forceCollide). */
  function collide() {
    const n = nodes.length;
    const x = xs.a;
    const y = xs.b;
    const vx = vs.a;
    const vy = vs.b;
    let maxR = 0;
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      vx[i] = node.vx ?? 0;
      vy[i] = node.vy ?? 0;
      x[i] = (node.x ?? 0) + (vx[i] ?? 0);
      y[i] = (node.y ?? 0) + (vy[i] ?? 0);
      maxR = Math.max(maxR, radii[i] ?? 0);
    }
    const shape = grid(x, y, 2 * maxR);
    const m = candidatePairs(shape.cols, shape.rows);
    // As d3: each pair reads the velocities as they stand after the pairs before it.
    for (let p = 0; p < m; p += 2) {
      const i = pairList[p] ?? 0;
      const j = pairList[p + 1] ?? 0;
      const ri = radii[i] ?? 0;
      let rj = radii[j] ?? 0;
      const r = ri + rj;
      let dx = (x[i] ?? 0) - (x[j] ?? 0);
      let dy = (y[i] ?? 0) - (y[j] ?? 0);
      let l = dx * dx + dy * dy;
      if (l >= r * r) continue;
      if (dx === 0) {
        dx = jiggle();
        l += dx * dx;
      }
      if (dy === 0) {
        dy = jiggle();
        l += dy * dy;
      }
      l = Math.sqrt(l);
      l = ((r - l) / l) * strength;
      dx *= l;
      dy *= l;
      rj *= rj;
      const share = rj / (ri * ri + rj);
      vx[i] = (vx[i] ?? 0) + dx * share;
      vy[i] = (vy[i] ?? 0) + dy * share;
      vx[j] = (vx[j] ?? 0) - dx * (1 - share);
      vy[j] = (vy[j] ?? 0) - dy * (1 - share);
    }
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      node.vx = vx[i] ?? 0;
      node.vy = vy[i] ?? 0;
    }
  }

  force.initialize = (next: N[], nextRandom: () => number) => {
    nodes = next;
    random = nextRandom;
    const n = nodes.length;
    radii = Float64Array.from({ length: n }, (_, i) => options.radius(i));
    xs.a = new Float64Array(n);
    xs.b = new Float64Array(n);
    vs.a = new Float64Array(n);
    vs.b = new Float64Array(n);
    order = new Int32Array(n);
    cellOf = new Int32Array(n);
  };
  force.setCollide = (on: boolean) => {
    collideOn = on;
  };
  return force;
}

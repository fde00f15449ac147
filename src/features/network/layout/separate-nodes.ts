/** A node's circle to keep clear: its centre and outer radius (moved in place). */
export interface Outline {
  x: number;
  y: number;
  outer: number;
}

/**
 * Pushes overlapping outlines apart until every two keep `gap`, within the panel: a fix-up for
 * the last pixels a fit to a panel leaves (the layout itself already keeps nodes apart). Pairs
 * are found through a grid, so a round costs time linear in the nodes, and the rounds are
 * bounded: where a panel is too small for everyone, it stops with the overlaps it cannot mend
 * instead of pushing forever. Deterministic (fixed order; coincident nodes part on a diagonal).
 * Returns whether every pair is clear.
 */
export function separateNodes(
  nodes: Outline[],
  gap: number,
  panel: { width: number; height: number; margin: number },
  rounds = 60,
): boolean {
  const n = nodes.length;
  if (n < 2) return true;
  const maxOuter = Math.max(...nodes.map((d) => d.outer));
  const cell = 2 * maxOuter + gap;
  const clamp = (d: Outline) => {
    const pad = panel.margin + d.outer;
    if (2 * pad < panel.width) d.x = Math.min(panel.width - pad, Math.max(pad, d.x));
    if (2 * pad < panel.height) d.y = Math.min(panel.height - pad, Math.max(pad, d.y));
  };
  for (let round = 0; round < rounds; round++) {
    const cells = new Map<string, number[]>();
    nodes.forEach((d, i) => {
      const key = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    });
    let moved = false;
    for (let i = 0; i < n; i++) {
      const a = nodes[i] as Outline;
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++)
        for (let gy = cy - 1; gy <= cy + 1; gy++)
          for (const j of cells.get(`${gx},${gy}`) ?? []) {
            if (j <= i) continue;
            const b = nodes[j] as Outline;
            const dx = b.x - a.x;
            const dy = b.y - a.y;
            const dist = Math.hypot(dx, dy);
            const need = a.outer + b.outer + gap;
            if (dist >= need) continue;
            const ux = dist > 1e-9 ? dx / dist : Math.SQRT1_2;
            const uy = dist > 1e-9 ? dy / dist : Math.SQRT1_2;
            const push = (need - dist) / 2 + 0.01;
            a.x -= ux * push;
            a.y -= uy * push;
            b.x += ux * push;
            b.y += uy * push;
            clamp(a);
            clamp(b);
            moved = true;
          }
    }
    if (!moved) return true;
  }
  return false;
}

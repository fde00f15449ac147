/** An arrow key's direction on screen (y grows downward). */
export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Arrow key names to directions; anything else is not a move. */
export function arrowDirection(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}

/**
 * The neighbour an arrow key should move focus to: among those lying in the arrow's direction
 * (within 60° of it), the one with the lowest cost, where sideways distance costs twice as much
 * as distance along the arrow, so "right" picks what is to the right rather than what is near.
 * If none lies within 60°, any neighbour in that half of the plane will do; null if none.
 */
export function neighbourInDirection(
  from: { x: number; y: number },
  neighbours: readonly { id: string; x: number; y: number }[],
  direction: Direction,
): string | null {
  const [dx, dy] = VECTORS[direction];
  let best: string | null = null;
  let bestCost = Infinity;
  let fallback: string | null = null;
  let fallbackCost = Infinity;
  for (const n of neighbours) {
    const vx = n.x - from.x;
    const vy = n.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * -dy + vy * dx);
    const cost = along + 2 * across;
    // tan(60°) ≈ 1.732: inside the cone when the sideways part is at most that times along.
    if (across <= along * Math.sqrt(3)) {
      if (cost < bestCost || (cost === bestCost && best !== null && n.id < best)) {
        best = n.id;
        bestCost = cost;
      }
    } else if (cost < fallbackCost) {
      fallback = n.id;
      fallbackCost = cost;
    }
  }
  return best ?? fallback;
}

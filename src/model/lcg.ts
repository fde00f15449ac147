/**
 * A seeded linear congruential generator returning numbers in [0, 1), the same as d3-force's own
 * (Numerical Recipes constants), so a layout seeded with it is reproducible on every engine.
 * Math.random would make every reload draw a different picture.
 */
export function createLcg(seed: number): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296; // 2^32
  let state = Math.floor(Math.abs(seed)) % m;
  return () => {
    state = (a * state + c) % m;
    return state / m;
  };
}

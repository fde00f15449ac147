/**
 * The first of a list of boxes in reading order (tops never decreasing) that ends below `top`,
 * found by bisection so only about log2(n) boxes are measured: an entity with 100,000 mentions
 * must not cost 100,000 layout reads. Returns `count` when every box ends above `top`.
 */
export function firstIndexEndingBelow(
  count: number,
  bottomOf: (index: number) => number,
  top: number,
): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bottomOf(mid) > top) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

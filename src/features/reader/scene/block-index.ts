import type { Bundle, Span } from '../../../bundle/bundle-schema';

/** Each block's slice of the (sorted, non-overlapping) mentions, and the blocks by entity. */
export interface BlockIndex {
  /** Half-open ranges into bundle.mentions, one per block. */
  ranges: [number, number][];
  /** Ascending block indices naming each entity: a selection touches only these. */
  blocksByEntity: Map<string, number[]>;
  /** Block index by id. */
  byId: Map<string, number>;
}

const indexes = new WeakMap<Bundle, BlockIndex>();

/**
 * One linear pass over blocks and mentions, once per bundle, so that what a selection touches
 * is found without visiting every block or mention.
 */
export function blockIndex(bundle: Bundle): BlockIndex {
  const hit = indexes.get(bundle);
  if (hit) return hit;
  const all = bundle.mentions;
  const ranges: [number, number][] = [];
  const blocksByEntity = new Map<string, number[]>();
  const byId = new Map<string, number>();
  let m = 0;
  bundle.article.blocks.forEach((b, i) => {
    byId.set(b.id, i);
    while (m < all.length && (all[m]?.end ?? 0) <= b.start) m += 1;
    let n = m;
    while (n < all.length && (all[n]?.start ?? Infinity) < b.end) {
      const entity = all[n]?.entity ?? '';
      let list = blocksByEntity.get(entity);
      if (!list) blocksByEntity.set(entity, (list = []));
      if (list[list.length - 1] !== i) list.push(i);
      n += 1;
    }
    ranges.push([m, n]);
  });
  const out: BlockIndex = { ranges, blocksByEntity, byId };
  indexes.set(bundle, out);
  return out;
}

/** The last block starting at or before `offset` (0 when none does; blocks are in text order). */
export function blockIndexAt(bundle: Bundle, offset: number): number {
  const blocks = bundle.article.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((blocks[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Indices of the blocks that overlap any span, ascending, each once. */
export function blocksUnder(bundle: Bundle, spans: readonly Span[]): number[] {
  const blocks = bundle.article.blocks;
  const out = new Set<number>();
  for (const s of spans)
    for (let i = blockIndexAt(bundle, s.start); i < blocks.length; i++) {
      const b = blocks[i];
      if (!b || b.start >= s.end) break;
      if (b.end > s.start) out.add(i);
    }
  return [...out].sort((a, b) => a - b);
}

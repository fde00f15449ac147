import type { Block, Bundle } from '../bundle-schema';

/** The bundle's lists, sent a slice at a time. */
export type BundleListKey = 'entities' | 'mentions' | 'relations' | 'events' | 'journeys';

/**
 * One message of a checked bundle on its way from the worker to the page. A 15 MB bundle sent
 * whole is one structured clone of some 100,000 objects, rebuilt on the page in a single task of
 * several hundred milliseconds; sent in pieces, each is rebuilt in its own short task and the
 * page can paint and answer between them.
 */
export type BundlePiece =
  /** The bundle with every list empty (the article's text included: a string copies cheaply). */
  | { kind: 'head'; head: Bundle; items: number }
  | { kind: 'blocks'; items: Block[] }
  | { [K in BundleListKey]: { kind: K; items: Bundle[K] } }[BundleListKey];

/** Items per piece: a few milliseconds to rebuild on the page even for the largest kinds. */
export const PIECE_ITEMS = 4000;

const LISTS: readonly BundleListKey[] = ['entities', 'mentions', 'relations', 'events', 'journeys'];

function* slices<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** Cuts a bundle into a head and slices of at most `size` items; `assembleBundle` puts it back. */
export function* splitBundle(bundle: Bundle, size = PIECE_ITEMS): Generator<BundlePiece> {
  const items = bundle.article.blocks.length + LISTS.reduce((n, key) => n + bundle[key].length, 0);
  // Spread keeps the keys in their order, so the rebuilt bundle serialises as the original did.
  const head: Bundle = {
    ...bundle,
    article: { ...bundle.article, blocks: [] },
    entities: [],
    mentions: [],
    relations: [],
    events: [],
    journeys: [],
  };
  yield { kind: 'head', head, items };
  for (const part of slices(bundle.article.blocks, size)) yield { kind: 'blocks', items: part };
  for (const part of slices(bundle.entities, size)) yield { kind: 'entities', items: part };
  for (const part of slices(bundle.mentions, size)) yield { kind: 'mentions', items: part };
  for (const part of slices(bundle.relations, size)) yield { kind: 'relations', items: part };
  for (const part of slices(bundle.events, size)) yield { kind: 'events', items: part };
  for (const part of slices(bundle.journeys, size)) yield { kind: 'journeys', items: part };
}

/** Rebuilds a bundle from its pieces, in the order `splitBundle` made them. */
export interface BundleAssembly {
  /** Adds a piece; returns how many items are in so far and how many there are in all. */
  add(piece: BundlePiece): { done: number; total: number };
  /** The bundle; throws if no head came (a worker that broke the protocol). */
  finish(): Bundle;
}

const append = <T>(into: T[], items: readonly T[]) => {
  // A loop, not push(...items): spreading a long list can overflow the stack.
  for (const item of items) into.push(item);
};

export function assembleBundle(): BundleAssembly {
  let bundle: Bundle | null = null;
  let total = 0;
  let done = 0;
  const target = (): Bundle => {
    if (bundle === null) throw new Error('a piece of the story came before its head');
    return bundle;
  };
  return {
    add(piece) {
      switch (piece.kind) {
        case 'head':
          bundle = piece.head;
          total = piece.items;
          break;
        case 'blocks':
          append(target().article.blocks, piece.items);
          break;
        case 'entities':
          append(target().entities, piece.items);
          break;
        case 'mentions':
          append(target().mentions, piece.items);
          break;
        case 'relations':
          append(target().relations, piece.items);
          break;
        case 'events':
          append(target().events, piece.items);
          break;
        case 'journeys':
          append(target().journeys, piece.items);
          break;
      }
      if (piece.kind !== 'head') done += piece.items.length;
      return { done, total };
    },
    finish: target,
  };
}

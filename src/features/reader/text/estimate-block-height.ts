import type { BlockKind } from '../../../bundle/bundle-schema';

/** Type size (px), line height (px) and space after (px) per kind, as reader.css sets them. */
const TYPE: Record<BlockKind, { size: number; line: number; after: number }> = {
  headline: { size: 30.4, line: 36.5, after: 18.2 },
  paragraph: { size: 18.4, line: 29.4, after: 18.4 },
  caption: { size: 15.2, line: 24.3, after: 18.4 },
  byline: { size: 15.2, line: 24.3, after: 18.4 },
  note: { size: 15.2, line: 24.3, after: 18.4 },
};

/** An average character is about half an em wide in the reader's faces. */
const CHAR_EM = 0.5;

/**
 * The height a block of `chars` characters will likely take in a column `width` px wide, before
 * it is drawn and measured: what a virtual list holds for blocks out of view. Close is enough;
 * a drawn block is measured and replaces its estimate.
 */
export function estimateBlockHeight(kind: BlockKind, chars: number, width: number): number {
  const t = TYPE[kind];
  const perLine = Math.max(8, Math.floor(width / (t.size * CHAR_EM)));
  const lines = Math.max(1, Math.ceil(chars / perLine));
  return Math.round(lines * t.line + t.after);
}

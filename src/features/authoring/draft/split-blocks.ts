import type { BlockKind } from '../../../bundle/bundle-schema';

/**
 * The text's blocks: passages between blank lines, trimmed of surrounding whitespace. Line
 * breaks inside a block are kept (a note's address lines, a poem). UTF-16 offsets.
 */
export function splitBlocks(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  const gap = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text.charAt(start))) start += 1;
    while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
    if (end > start) blocks.push({ start, end });
  };
  for (let m = gap.exec(text); m !== null; m = gap.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return blocks;
}

/** A first guess at a block's kind: a short first line without a full stop is the headline. */
export function guessBlockKind(
  text: string,
  block: { start: number; end: number },
  index: number,
): BlockKind {
  const passage = text.slice(block.start, block.end);
  if (index === 0 && passage.length < 200 && !/[.!?]$/.test(passage) && !passage.includes('\n'))
    return 'headline';
  if (/^(by|from)\s/i.test(passage) && passage.length < 80) return 'byline';
  if (/^(photo|caption|image)\b/i.test(passage)) return 'caption';
  return 'paragraph';
}

/** Kinds for the text's blocks: those already chosen by position, guesses for new ones. */
export function alignBlockKinds(text: string, kinds: readonly BlockKind[]): BlockKind[] {
  return splitBlocks(text).map((b, i) => kinds[i] ?? guessBlockKind(text, b, i));
}

/** The longest passage tagged in one go: a few tens of milliseconds of compromise's work. */
export const MAX_TAG_PASSAGE = 4000;

/**
 * The passages compromise tags one at a time: the blocks, a long block cut after a sentence end
 * (or, failing one, a space) so that no passage exceeds MAX_TAG_PASSAGE. compromise reads
 * sentence by sentence anyway, so cutting there changes no tag; small passages let the worker
 * notice a newer edit between them and drop a stale run.
 */
export function tagRanges(
  text: string,
  blocks: readonly { start: number; end: number }[],
  max = MAX_TAG_PASSAGE,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const b of blocks) {
    let start = b.start;
    while (b.end - start > max) {
      const window = text.slice(start, start + max);
      const sentenceEnd = Math.max(
        window.lastIndexOf('. '),
        window.lastIndexOf('? '),
        window.lastIndexOf('! '),
        window.lastIndexOf('\n'),
      );
      const cut = sentenceEnd > max / 4 ? sentenceEnd + 1 : window.lastIndexOf(' ');
      const end = cut > 0 ? start + cut : start + max;
      out.push({ start, end });
      start = end;
      while (start < b.end && /\s/.test(text.charAt(start))) start += 1;
    }
    if (b.end > start) out.push({ start, end: b.end });
  }
  return out;
}

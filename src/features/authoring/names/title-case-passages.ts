/**
 * Passages set in title case (most words capitalised), usually headlines: every word has a
 * capital there, so capitals say nothing about names. Blocks of kind headline always count; so
 * does a short unpunctuated block with most long words capitalised (a headline typed as a
 * paragraph).
 */
export function titleCasePassages(
  text: string,
  blocks: readonly { start: number; end: number; kind: string }[],
): { start: number; end: number }[] {
  return blocks.filter((b) => {
    if (b.kind === 'headline') return true;
    const passage = text.slice(b.start, b.end).trim();
    // A sentence that ends with a full stop, or a long passage, is prose (a list of names is
    // capitalised too, but it is not a headline).
    if (/[.!?]["”’)]?$/.test(passage)) return false;
    const words = passage.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
    if (words.length > 20) return false;
    const long = words.filter((w) => w.length > 3);
    if (long.length < 3) return false;
    return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.8;
  });
}

import type nlp from 'compromise';
import type { TagLookup } from './suggest-names';

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Where each word starts → its compromise tags; filled a passage at a time. */
export type TagMap = Map<number, string[]>;

/**
 * Adds compromise's part-of-speech tags for the words of `text.slice(from, to)` to `map`, keyed
 * by where each word starts in the whole string. compromise counts offsets in JavaScript string
 * indices like us; a term it reports with leading punctuation is keyed at the word itself (found
 * by searching forward from its offset).
 */
export function tagPassage(
  compromise: typeof nlp,
  text: string,
  from: number,
  to: number,
  map: TagMap,
): void {
  const passage = text.slice(from, to);
  const sentences = compromise(passage).json({ offset: true }) as { terms: TermJson[] }[];
  for (const s of sentences)
    for (const t of s.terms) {
      const at = passage.indexOf(t.text, t.offset.start);
      map.set(from + (at >= 0 && at - t.offset.start < 4 ? at : t.offset.start), t.tags);
    }
}

/** The lookup suggestNames reads from a filled map. */
export function tagLookup(map: TagMap): TagLookup {
  return (start) => map.get(start) ?? [];
}

/** compromise's tags for every word of the text, passage by passage (see tagRanges). */
export function compromiseTags(
  compromise: typeof nlp,
  text: string,
  ranges: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }],
): TagLookup {
  const map: TagMap = new Map();
  for (const r of ranges) tagPassage(compromise, text, r.start, r.end, map);
  return tagLookup(map);
}

import type nlp from 'compromise';
import type { TagLookup } from './suggest-names';

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * compromise's part-of-speech tags for every word, keyed by where the word starts in our string.
 * compromise counts offsets in JavaScript string indices like us; a term it reports with leading
 * punctuation is keyed at the word itself (found by searching forward from its offset).
 */
export function compromiseTags(compromise: typeof nlp, text: string): TagLookup {
  const doc = compromise(text);
  const sentences = doc.json({ offset: true }) as { terms: TermJson[] }[];
  const map = new Map<number, string[]>();
  for (const s of sentences)
    for (const t of s.terms) {
      const at = text.indexOf(t.text, t.offset.start);
      map.set(at >= 0 && at - t.offset.start < 4 ? at : t.offset.start, t.tags);
    }
  return (start) => map.get(start) ?? [];
}

/**
 * Folds what people type loosely: case, accents, hyphens and apostrophes.
 * "Choe Son-hui", "choe son hui" and "CHOE SON HUI" all become "choe son hui".
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‐‑‒–—\-_'’‘"“”.,:;!?()[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

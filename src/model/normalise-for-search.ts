/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLD: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};

/**
 * Folds what people type loosely: case, accents (Ł, ø and Đ too), hyphens and apostrophes.
 * "Choe Son-hui", "choe son hui" and "CHOE SON HUI" all become "choe son hui".
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđðħıæœßþ]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[‐‑‒–—\-_'’‘"“”.,:;!?()[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

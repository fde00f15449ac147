/** The article column's share of the workspace width, kept between sensible bounds. */
export const SPLIT_MIN = 0.25;
export const SPLIT_MAX = 0.75;
export const SPLIT_DEFAULT = 0.45;
export const SPLIT_STORAGE_KEY = 'article-atlas:split';

export function clampSplit(value: number): number {
  if (!Number.isFinite(value)) return SPLIT_DEFAULT;
  return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, value));
}

/** A stored ratio back to a number; corrupted text falls back to the default. */
export function parseStoredSplit(stored: string | null): number {
  if (stored === null) return SPLIT_DEFAULT;
  const n = Number(stored);
  return Number.isFinite(n) ? clampSplit(n) : SPLIT_DEFAULT;
}

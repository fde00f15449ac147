/**
 * FNV-1a over UTF-16 code units, as 8 hex digits: a short, stable name for a piece of text, so
 * two different damaged decks or stories never overwrite each other's backup. Not for security.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

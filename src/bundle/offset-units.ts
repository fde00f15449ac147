/**
 * Offsets counted in the wrong unit are the commonest reason hand-made mentions miss their names:
 * an editor or Python counts UTF-8 bytes or code points, the format counts UTF-16 code units.
 * These read a span the other ways, so a message can say which unit the author used.
 */

/** The text between two UTF-8 byte offsets, or null when they do not fall between characters. */
export function sliceUtf8Bytes(text: string, start: number, end: number): string | null {
  let bytes = 0;
  let from = -1;
  for (let i = 0; i <= text.length;) {
    if (bytes === start) from = i;
    if (bytes === end) return from < 0 ? null : text.slice(from, i);
    if (bytes > end || i === text.length) return null;
    const cp = text.codePointAt(i) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return null;
}

/** The text between two code point offsets (Python's string indices), or null past the end. */
export function sliceCodePoints(text: string, start: number, end: number): string | null {
  let points = 0;
  let from = -1;
  for (let i = 0; i <= text.length;) {
    if (points === start) from = i;
    if (points === end) return from < 0 ? null : text.slice(from, i);
    if (i === text.length) return null;
    const cp = text.codePointAt(i) ?? 0;
    points += 1;
    i += cp > 0xffff ? 2 : 1;
  }
  return null;
}

/** True when the text holds any character outside ASCII, the only case where units differ. */
export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

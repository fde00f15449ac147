/**
 * Percent-decoding that cannot throw: a stray "%" in a pasted link (`?q=%`) made
 * decodeURIComponent throw "URI malformed" and took the presenter down. Returns null for a
 * malformed escape so the caller can report it as a problem with the link.
 */
export function safeDecodeURIComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Decodes what it can; a malformed escape is kept as typed (for comparisons and display). */
export function decodeOrKeep(text: string): string {
  return safeDecodeURIComponent(text) ?? text;
}

/** True when a URL part holds control characters (CR, LF, tab, NUL…) once decoded. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

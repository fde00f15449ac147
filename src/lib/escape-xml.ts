/**
 * Whether XML 1.0 can hold a code point: tab, LF, CR and U+0020 up, but not lone surrogates
 * or U+FFFE/U+FFFF. Text from a scrape can carry the others, and one would make the whole
 * file unreadable.
 */
function isXmlChar(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0xfffe && code !== 0xffff;
}

/** Text made safe for XML content and for attribute values in either kind of quotes. */
export function escapeXml(text: string): string {
  let out = '';
  // for…of walks code points, so a valid surrogate pair arrives as one character.
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (!isXmlChar(code)) continue;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else out += ch;
  }
  return out;
}

/**
 * Text as XML 1.0 can hold it: C0 controls other than tab and line breaks, U+FFFE/U+FFFF and
 * lone surrogates are left out. Office files and SVG are XML; one such character in a title
 * or a note would make PowerPoint refuse the whole file. (Escaping &, <, > is the writer's job.)
 */
export function xmlSafeText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Base64 of text as UTF-8, for a data: URL. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

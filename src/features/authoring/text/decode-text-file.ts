/** A file's bytes read as text, or why they are not text. */
export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Reads a file's bytes as text: UTF-8 (a byte order mark dropped), or UTF-16 when the file
 * starts with a UTF-16 byte order mark (Windows Notepad's "Unicode"). Bytes that are not text
 * are refused rather than shown as a page of replacement characters: a zero byte (no text file
 * holds one, every image and PDF does), or more than one in fifty characters undecodable or a
 * control character other than tab, line feed, carriage return and form feed.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    const zero = bytes.indexOf(0);
    if (zero >= 0)
      return {
        ok: false,
        reason: `it holds binary data (a zero byte at byte ${n(zero)}), not text: it may be an image, a PDF or a word-processor file renamed`,
      };
    text = new TextDecoder('utf-8').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let bad = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f)
      bad += 1;
  }
  if (text.length > 0 && bad / text.length > 0.02)
    return {
      ok: false,
      reason: `${n(bad)} of its ${n(text.length)} characters are not readable text (it is not UTF-8 or UTF-16, or not text at all): save it as UTF-8 text and open it again`,
    };
  return { ok: true, text: text.replace(/\f/g, '\n\n') };
}

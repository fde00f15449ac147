/**
 * How a refusal message names a value from the file. One helper for every message (bundle,
 * deck, index, command line) so a hostile value can never flood the dialog or the terminal:
 * strings are quoted up to QUOTE_LIMIT characters with their length, anything else is named by
 * its type ("a number (42)", "an object", "an array of 3 items"), never `[object Object]`.
 */

/** The most characters of a value a message quotes; the rest is counted, not echoed. */
export const QUOTE_LIMIT = 80;

/** The longest a whole message may grow after its quotes are bounded (a safety net). */
export const MESSAGE_LIMIT = 600;

/** Cuts at a code point boundary: a quote never ends in half an emoji. */
function clip(text: string, limit: number): string {
  let end = Math.min(limit, text.length);
  const last = text.charCodeAt(end - 1);
  if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** Shows control characters and lone surrogates as escapes, so a quote cannot break a line. */
function visible(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    const next = text.charCodeAt(i + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      out += text.slice(i, i + 2);
      i += 1;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || high || low)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += text[i];
  }
  return out;
}

/**
 * “text” for a string of up to `limit` characters; “first 80…” (2,097,152 characters) beyond.
 * Use for any text a message quotes: ids, names, passages, dates.
 */
export function quoteText(text: string, limit: number = QUOTE_LIMIT, marks = '“”'): string {
  const [open, close] = [marks[0] ?? '', marks[1] ?? ''];
  if (text.length <= limit) return `${open}${visible(text)}${close}`;
  return `${open}${visible(clip(text, limit))}…${close} (${text.length.toLocaleString('en-US')} characters)`;
}

/** An id as messages have always shown it, in straight quotes, bounded like any other text. */
export function quoteId(id: string): string {
  return quoteText(id, QUOTE_LIMIT, '""');
}

/** A value of any type in words: strings quoted (bounded), the rest described by type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `${typeof value === 'boolean' ? 'a boolean' : 'a number'} (${quoteless(String(value))})`;
  if (Array.isArray(value))
    return value.length === 0
      ? 'an empty array'
      : `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function quoteless(text: string): string {
  return text.length <= QUOTE_LIMIT ? text : `${clip(text, QUOTE_LIMIT)}…`;
}

/**
 * Caps a finished message: whatever built it, no message outgrows MESSAGE_LIMIT characters or
 * holds a raw line break or control character (a parser's or a library's words may), so one
 * problem is always one line in a terminal.
 */
export function boundMessage(message: string): string {
  const oneLine = visible(message);
  if (oneLine.length <= MESSAGE_LIMIT) return oneLine;
  return `${clip(oneLine, MESSAGE_LIMIT - 1)}…`;
}

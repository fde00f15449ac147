/** UTF-16 surrogate checks: offsets are code units, and a mention may not mark half an emoji. */

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when an offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Offsets of surrogates with no partner (text that is not valid Unicode), up to `limit`. */
export function loneSurrogates(
  text: string,
  limit = Infinity,
): { offsets: number[]; count: number } {
  const offsets: number[] = [];
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
      i += 1;
      continue;
    }
    if (isHighSurrogate(c) || isLowSurrogate(c)) {
      count += 1;
      if (offsets.length < limit) offsets.push(i);
    }
  }
  return { offsets, count };
}

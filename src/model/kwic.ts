import type { Span } from '../bundle/bundle-schema';

/** A keyword-in-context line: the words around a mention, cut at word boundaries. */
export interface KwicLine {
  before: string;
  match: string;
  after: string;
  /** True when text was cut off on that side (the UI shows an ellipsis). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/**
 * Up to `radius` characters each side of the span, never crossing a paragraph break (a blank
 * line) and never cutting a word in half.
 */
export function kwic(text: string, span: Span, radius = 45): KwicLine {
  const paraStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nextBreak = text.indexOf('\n', span.end);
  const paraEnd = nextBreak === -1 ? text.length : nextBreak;

  let from = Math.max(paraStart, span.start - radius);
  if (from > paraStart) {
    const space = text.indexOf(' ', from);
    from = space !== -1 && space < span.start ? space + 1 : span.start;
  }
  let to = Math.min(paraEnd, span.end + radius);
  if (to < paraEnd) {
    const space = text.lastIndexOf(' ', to);
    to = space > span.end ? space : span.end;
  }
  return {
    before: text.slice(from, span.start),
    match: text.slice(span.start, span.end),
    after: text.slice(span.end, to),
    clippedBefore: from > paraStart,
    clippedAfter: to < paraEnd,
  };
}

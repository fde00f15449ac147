/**
 * Moves a span from one version of the text to the next. The edit is found as the changed
 * middle between a common prefix and a common suffix; a span before it stays, one after it
 * shifts by the change in length, and one that the edit touches is looked for again by its own
 * words (nearest occurrence), or dropped (null) when they are gone.
 */
export function remapSpan(
  before: string,
  after: string,
  span: { start: number; end: number },
): { start: number; end: number } | null {
  if (before === after) return span;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix += 1;
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  if (span.end <= prefix) return span;
  if (span.start >= changedEnd) return { start: span.start + delta, end: span.end + delta };
  const words = before.slice(span.start, span.end);
  let best = -1;
  for (let at = after.indexOf(words); at >= 0; at = after.indexOf(words, at + 1))
    if (best < 0 || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  return best < 0 ? null : { start: best, end: best + words.length };
}

import type { Span } from '../bundle/bundle-schema';

/** Half-open ranges [start, end) share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when inner lies wholly inside outer. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

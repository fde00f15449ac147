import type { Bundle, Span } from '../../../bundle/bundle-schema';
import { selectionFocus } from '../../../model/selection-focus';
import { passageAt, passagesOf } from '../../../model/passages';
import { spanContains } from '../../../model/spans-overlap';
import { parseSelection } from '../../../view-state/parse-view-state';
import type { Quote } from './deck-schema';

/** Spans with their white space trimmed, so a quote never opens or closes on a blank. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

function sortUnique(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s) => {
      const key = `${s.start}-${s.end}`;
      if (s.end <= s.start || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Passages a slide can quote, for its selection: the evidence of a relation, event or leg; the
 * sentences that name an entity (a bare name is no quotation); the selected passage; the
 * sentences of a selected block. Quotes already on the slide stay on offer.
 */
export function quoteCandidates(
  bundle: Bundle,
  selection: string | null,
  current: readonly Quote[] = [],
): Span[] {
  const text = bundle.article.text;
  const found: Span[] = [];
  const parsed = selection === null ? null : parseSelection(selection);
  if (parsed !== null) {
    const focus = selectionFocus(bundle, parsed);
    if (focus.ok) {
      if (parsed.kind === 'entity') {
        for (const m of focus.focus.evidence) {
          const sentence = passageAt(bundle, m.start);
          if (sentence) found.push(sentence);
        }
      } else if (parsed.kind === 'block') {
        const block = bundle.article.blocks.find((b) => b.id === parsed.id);
        if (block) found.push(...passagesOf(bundle).filter((p) => spanContains(block, p)));
      } else found.push(...focus.focus.evidence);
    }
  }
  const kept = current.map((q) => ({ start: q.start, end: q.end }));
  return sortUnique([...kept, ...found.map((s) => trimSpan(text, s))]);
}

/** A quote with its words, as decks store it. */
export function quoteOf(bundle: Bundle, span: Span): Quote {
  return {
    start: span.start,
    end: span.end,
    text: bundle.article.text.slice(span.start, span.end),
  };
}

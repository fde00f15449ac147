import type { Bundle, Span } from '../../../bundle/bundle-schema';
import { useRevealInText } from './use-reveal-in-text';

/** The passages an item rests on, quoted; each jumps to its place in the text. */
export function EvidenceList({ bundle, spans }: { bundle: Bundle; spans: Span[] }) {
  const reveal = useRevealInText();
  if (spans.length === 0)
    return <p className="muted">No passage states this; see the note for why it is inferred.</p>;
  return (
    <ol className="evidence-list">
      {spans.map((s) => (
        <li key={`${s.start}-${s.end}`}>
          <button
            type="button"
            className="quote-button"
            aria-label={`Show in the text: ${bundle.article.text.slice(s.start, s.end)}`}
            onClick={() => reveal(s.start)}
          >
            <q>{bundle.article.text.slice(s.start, s.end)}</q>
          </button>
        </li>
      ))}
    </ol>
  );
}

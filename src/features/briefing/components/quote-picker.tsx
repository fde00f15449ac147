import type { Bundle } from '../../../bundle/bundle-schema';
import { MAX_QUOTES, type Quote } from '../deck/deck-schema';
import { quoteCandidates, quoteOf } from '../deck/quote-candidates';

/**
 * Choose the slide's quotes among the passages behind its selection (evidence, the sentences
 * naming an entity, the selected passage). Checkboxes: each quote is on or off, in text order.
 */
export function QuotePicker(props: {
  bundle: Bundle;
  selection: string | null;
  quotes: Quote[];
  /** For unique ids and names: "slide 3". */
  label: string;
  onChange: (quotes: Quote[]) => void;
}) {
  const { bundle, selection, quotes, onChange } = props;
  const text = bundle.article.text;
  const candidates = quoteCandidates(bundle, selection, quotes);
  const chosen = new Set(quotes.map((q) => `${q.start}-${q.end}`));
  const full = quotes.length >= MAX_QUOTES;

  const toggle = (start: number, end: number) => {
    const key = `${start}-${end}`;
    const next = chosen.has(key)
      ? quotes.filter((q) => `${q.start}-${q.end}` !== key)
      : [...quotes, quoteOf(bundle, { start, end })];
    onChange(next.sort((a, b) => a.start - b.start || a.end - b.end));
  };

  return (
    <fieldset className="deck-quote-picker">
      <legend>
        Quotes on {props.label} (up to {MAX_QUOTES})
      </legend>
      {candidates.length === 0 ? (
        <p className="deck-hint">
          Nothing on this slide to quote from. Open it in the workspace, select a name, a relation
          or a sentence, and add that view to the briefing.
        </p>
      ) : (
        <ul>
          {candidates.map((c) => {
            const key = `${c.start}-${c.end}`;
            const on = chosen.has(key);
            return (
              <li key={key}>
                <label className="deck-quote-option">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && full}
                    onChange={() => toggle(c.start, c.end)}
                  />
                  <span>{text.slice(c.start, c.end)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {full && candidates.length > MAX_QUOTES && (
        <p className="deck-hint">Untick a quote to choose another.</p>
      )}
    </fieldset>
  );
}

import type { Bundle, Mention } from '../../../bundle/bundle-schema';
import { kwic } from '../../../model/kwic';
import { useRevealInText } from './use-reveal-in-text';

/** Every mention of an entity as a line of context; a click jumps to it and marks it briefly. */
export function KwicList({ bundle, mentions }: { bundle: Bundle; mentions: Mention[] }) {
  const reveal = useRevealInText();
  const text = bundle.article.text;
  return (
    <ol className="kwic-list">
      {mentions.map((m, i) => {
        const line = kwic(text, m);
        return (
          <li key={m.start}>
            <button
              type="button"
              className="kwic-line"
              data-kwic={m.start}
              aria-label={`Mention ${i + 1} of ${mentions.length}: ${line.before}${line.match}${line.after}`}
              onClick={() => reveal(m.start)}
            >
              <span className="kwic-before">
                {line.clippedBefore && '…'}
                {line.before}
              </span>
              <strong className="kwic-match">{line.match}</strong>
              <span className="kwic-after">
                {line.after}
                {line.clippedAfter && '…'}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

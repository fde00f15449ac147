import type { Mention } from '../../../bundle/bundle-schema';
import { kwic } from '../../../model/kwic';

/** What one line of the mentions list needs. */
export interface KwicLineProps {
  text: string;
  mention: Mention;
  index: number;
  count: number;
  onReveal: (offset: number) => void;
}

/** One mention in context, a button that reveals it in the text. */
export function KwicLine({ text, mention, index, count, onReveal }: KwicLineProps) {
  const line = kwic(text, mention);
  return (
    <button
      type="button"
      className="kwic-line"
      data-kwic={mention.start}
      aria-label={`Mention ${index + 1} of ${count}: ${line.before}${line.match}${line.after}`}
      onClick={() => onReveal(mention.start)}
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
  );
}

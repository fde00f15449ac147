import type { Mention } from '../../../bundle/bundle-schema';
import { kwic } from '../../../model/kwic';
import type { ListRover } from './use-list-rover';

/** What one line of the mentions list needs. */
export interface KwicLineProps {
  text: string;
  mention: Mention;
  index: number;
  count: number;
  onReveal: (offset: number) => void;
  /** The list's roving focus: this line holds its Tab stop when `rover.active` is its index. */
  rover: ListRover;
}

/** One mention in context, a button that reveals it in the text; one of a roving group. */
export function KwicLine({ text, mention, index, count, onReveal, rover }: KwicLineProps) {
  const line = kwic(text, mention);
  const stop = rover.active === index;
  return (
    <button
      type="button"
      className="kwic-line"
      data-kwic={mention.start}
      data-rove-index={index}
      // The inspector's entry for F6 and its skip link: straight to the mentions in context.
      data-focus-entry={stop ? 'true' : undefined}
      tabIndex={stop ? 0 : -1}
      onKeyDown={rover.onKeyDown}
      onFocus={() => rover.onFocusItem(index)}
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

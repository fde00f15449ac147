import { useEffect, useRef } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { parseSelection } from '../../../view-state/parse-view-state';
import { citationLine } from '../deck/citation';
import { defaultSlideTitle } from '../deck/default-slide-title';
import { quoteCandidates } from '../deck/quote-candidates';

/** Passages shown at most: an overlay is a glance, not the reader. */
const MAX_PASSAGES = 4;

/** The selection a clicked mark of a slide picture stands for ("relation:r-…"), or null. */
export function markSelection(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest('[data-entity],[data-relation],[data-event],[data-leg],[data-place]');
  if (mark === null || mark.closest('.deck-picture') === null) return null;
  for (const [attr, kind] of [
    ['data-relation', 'relation'],
    ['data-event', 'event'],
    ['data-leg', 'leg'],
    ['data-entity', 'entity'],
    ['data-place', 'entity'],
  ] as const) {
    const id = mark.getAttribute(attr);
    if (id !== null) return `${kind}:${id}`;
  }
  return null;
}

/**
 * What a clicked mark rests on: the article's passages, over the slide. It changes nothing on
 * the slide; Escape, the close button or the next slide closes it.
 */
export function EvidenceOverlay(props: { bundle: Bundle; selection: string; onClose: () => void }) {
  const { bundle, selection, onClose } = props;
  const parsed = parseSelection(selection);
  const name = parsed ? defaultSlideTitle(bundle, parsed) : null;
  const passages = quoteCandidates(bundle, selection).slice(0, MAX_PASSAGES);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), [selection]);
  const text = bundle.article.text;
  return (
    <aside className="deck-evidence" role="dialog" aria-label={`Evidence: ${name ?? selection}`}>
      <h2 className="deck-evidence-title">{name ?? 'Evidence'}</h2>
      {passages.length === 0 ? (
        <p>The article has no passage for this.</p>
      ) : (
        passages.map((p) => (
          <blockquote
            key={`${p.start}-${p.end}`}
            className="deck-quote"
            lang={bundle.article.language}
            data-evidence="true"
          >
            <p>{text.slice(p.start, p.end)}</p>
          </blockquote>
        ))
      )}
      <p className="deck-citation">— {citationLine(bundle.article)}</p>
      <button ref={closeRef} type="button" className="button" onClick={onClose}>
        Close (Esc)
      </button>
    </aside>
  );
}

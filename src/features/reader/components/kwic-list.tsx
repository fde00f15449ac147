import { lazy, Suspense } from 'react';
import type { Bundle, Mention } from '../../../bundle/bundle-schema';
import { KwicLine } from './kwic-line';
import { useRevealInText } from './use-reveal-in-text';
import { useListRover } from './use-list-rover';

/** Past this many mentions the list scrolls in its own box, drawn a window of lines at a time. */
export const KWIC_VIRTUAL_MIN = 100;

// Loaded only for a long list: the virtualiser stays out of the first load.
const VirtualKwicList = lazy(() =>
  import('./virtual-kwic-list').then((m) => ({ default: m.VirtualKwicList })),
);

/**
 * Every mention of an entity as a line of context; a click jumps to it and marks it briefly.
 * The list is one Tab stop (the arrow keys, Home and End move inside).
 */
export function KwicList({ bundle, mentions }: { bundle: Bundle; mentions: Mention[] }) {
  const reveal = useRevealInText();
  const { listRef, rover } = useListRover(mentions.length);
  if (mentions.length > KWIC_VIRTUAL_MIN)
    return (
      <Suspense fallback={<p className="muted">Listing {mentions.length} mentions…</p>}>
        <VirtualKwicList bundle={bundle} mentions={mentions} />
      </Suspense>
    );
  const text = bundle.article.text;
  return (
    <ol className="kwic-list" ref={listRef}>
      {mentions.map((m, i) => (
        <li key={m.start}>
          <KwicLine
            text={text}
            mention={m}
            index={i}
            count={mentions.length}
            onReveal={reveal}
            rover={rover}
          />
        </li>
      ))}
    </ol>
  );
}

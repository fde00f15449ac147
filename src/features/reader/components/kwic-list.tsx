import { lazy, Suspense } from 'react';
import type { Bundle, Mention } from '../../../bundle/bundle-schema';
import { KwicLine } from './kwic-line';
import { useRevealInText } from './use-reveal-in-text';

/** Past this many mentions the list scrolls in its own box, drawn a window of lines at a time. */
export const KWIC_VIRTUAL_MIN = 100;

// Loaded only for a long list: the virtualiser stays out of the first load.
const VirtualKwicList = lazy(() =>
  import('./virtual-kwic-list').then((m) => ({ default: m.VirtualKwicList })),
);

/** Every mention of an entity as a line of context; a click jumps to it and marks it briefly. */
export function KwicList({ bundle, mentions }: { bundle: Bundle; mentions: Mention[] }) {
  const reveal = useRevealInText();
  if (mentions.length > KWIC_VIRTUAL_MIN)
    return (
      <Suspense fallback={<p className="muted">Listing {mentions.length} mentions…</p>}>
        <VirtualKwicList bundle={bundle} mentions={mentions} />
      </Suspense>
    );
  const text = bundle.article.text;
  return (
    <ol className="kwic-list">
      {mentions.map((m, i) => (
        <li key={m.start}>
          <KwicLine text={text} mention={m} index={i} count={mentions.length} onReveal={reveal} />
        </li>
      ))}
    </ol>
  );
}

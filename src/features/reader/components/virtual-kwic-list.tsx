import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Bundle, Mention } from '../../../bundle/bundle-schema';
import { KwicLine } from './kwic-line';
import { useRevealInText } from './use-reveal-in-text';

/** A line's height before it is measured: one line of context and its padding. */
const LINE_ESTIMATE = 30;

/** A long list: only the lines in its box are drawn; each says its place in the whole list. */
export function VirtualKwicList({ bundle, mentions }: { bundle: Bundle; mentions: Mention[] }) {
  const reveal = useRevealInText();
  const boxRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: mentions.length,
    getScrollElement: () => boxRef.current,
    estimateSize: () => LINE_ESTIMATE,
    getItemKey: (i) => mentions[i]?.start ?? i,
    overscan: 6,
  });
  const text = bundle.article.text;
  return (
    <div ref={boxRef} className="kwic-scroll">
      <ol className="kwic-list kwic-virtual" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const m = mentions[item.index];
          if (!m) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-posinset={item.index + 1}
              aria-setsize={mentions.length}
              style={{ top: item.start }}
            >
              <KwicLine
                text={text}
                mention={m}
                index={item.index}
                count={mentions.length}
                onReveal={reveal}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

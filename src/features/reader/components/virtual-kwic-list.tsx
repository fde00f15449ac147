import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useKeptRowRange } from '../../../ui/use-kept-row-range';
import type { Bundle, Mention } from '../../../bundle/bundle-schema';
import { KwicLine } from './kwic-line';
import { useRevealInText } from './use-reveal-in-text';
import { useListRover } from './use-list-rover';

/** A line's height before it is measured: one line of context and its padding. */
const LINE_ESTIMATE = 30;

/** A long list: only the lines in its box are drawn; each says its place in the whole list. */
export function VirtualKwicList({ bundle, mentions }: { bundle: Bundle; mentions: Mention[] }) {
  const reveal = useRevealInText();
  const boxRef = useRef<HTMLDivElement>(null);
  // The line holding the Tab stop stays drawn; a move scrolls its line into the box first.
  const scrollTo = useRef<(index: number) => void>(() => undefined);
  const { listRef, rover } = useListRover(mentions.length, (i) => scrollTo.current(i));
  const { active } = rover;
  const rangeExtractor = useKeptRowRange(active);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: mentions.length,
    getScrollElement: () => boxRef.current,
    estimateSize: () => LINE_ESTIMATE,
    getItemKey: (i) => mentions[i]?.start ?? i,
    overscan: 6,
    rangeExtractor,
  });
  scrollTo.current = (i) => virtualizer.scrollToIndex(i, { align: 'auto' });
  const text = bundle.article.text;
  return (
    <div ref={boxRef} className="kwic-scroll">
      <ol
        ref={listRef}
        className="kwic-list kwic-virtual"
        style={{ height: virtualizer.getTotalSize() }}
      >
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
                rover={rover}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

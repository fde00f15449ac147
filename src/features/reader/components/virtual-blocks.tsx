import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useKeptRowRange } from '../../../ui/use-kept-row-range';
import type { Bundle } from '../../../bundle/bundle-schema';
import { useElementSize } from '../../../ui/use-element-size';
import { blockIndexAt } from '../scene/block-index';
import { readerBlock, type ReaderMarks } from '../scene/reader-content';
import { estimateBlockHeight } from '../text/estimate-block-height';
import { ArticleBlock } from './article-block';
import type { ReaderRoving } from './use-reader-roving';
import { REVEAL_EVENT, type RevealDetail } from './use-reveal-in-text';
import { afterNextPaint } from '../../../ui/after-next-paint';

/** Blocks drawn beyond the visible ones on each side, so Tab and a short scroll find text. */
const OVERSCAN = 4;

interface VirtualBlocksProps {
  bundle: Bundle;
  marks: ReaderMarks;
  /** The article's roving Tab stop: the whole long text is one stop (see docs/decisions.md). */
  roving: ReaderRoving;
  /** The `<article>`: listens for reveal requests; its scrolling `.pane` is the viewport. */
  rootRef: RefObject<HTMLElement | null>;
  /** Changes with each new selection: the first block it concerns is brought into view. */
  selectionKey: string;
}

/**
 * A long article drawn a window of blocks at a time (@tanstack/react-virtual): only the blocks
 * in view (and a few around them) are in the page, each measured once drawn, the others held
 * as estimated heights. What a block holds is made when it is drawn (`readerBlock`), so opening
 * a book-length text or selecting a name said 100,000 times costs the blocks on screen. The
 * block holding the keyboard's place stays drawn while it scrolls away, so focus is never lost.
 */
export function VirtualBlocks({
  bundle,
  marks,
  roving,
  rootRef,
  selectionKey,
}: VirtualBlocksProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [pane, setPane] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  // The block holding the keyboard's place stays drawn, so the keyboard never loses it.
  const focused = roving.rover?.block ?? null;
  const { width } = useElementSize(listRef);
  const blocks = bundle.article.blocks;

  // The list's offset inside the scrolling pane (the source line and banners sit above it,
  // and change with the state and the width).
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = list?.closest<HTMLElement>('.pane') ?? null;
    if (scroller !== pane) setPane(scroller);
    if (!list || !scroller) return;
    const top =
      list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (Math.abs(top - margin) > 0.5) setMargin(top);
  }, [pane, margin, width, marks]);

  const rangeExtractor = useKeptRowRange(focused);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer<HTMLElement, HTMLDivElement>({
    count: blocks.length,
    getScrollElement: () => pane,
    estimateSize: (i) => {
      const b = blocks[i];
      return b ? estimateBlockHeight(b.kind, b.end - b.start, width || 600) : 0;
    },
    getItemKey: (i) => blocks[i]?.id ?? i,
    overscan: OVERSCAN,
    scrollMargin: margin,
    rangeExtractor,
  });

  // Find, the mentions list and the evidence list ask for an offset that may not be drawn.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const reveal = (e: Event) => {
      const { offset } = (e as CustomEvent<RevealDetail>).detail;
      virtualizer.scrollToIndex(blockIndexAt(bundle, offset), { align: 'center' });
    };
    root.addEventListener(REVEAL_EVENT, reveal);
    return () => root.removeEventListener(REVEAL_EVENT, reveal);
  }, [rootRef, virtualizer, bundle]);

  // A new selection (or the one in the URL at load): unless a block it concerns is in view,
  // bring the first one there. Waits for the first range, which needs the pane measured. The
  // scroll waits for the frame that answers the click to be painted: scrolling in the click's
  // task made that frame also draw, measure and lay out the newly shown blocks (about a
  // quarter of a 5k story's click → highlight); the text now follows one frame later.
  const concerned = marks.concerned;
  const handled = useRef('');
  // The scroll waiting for its frame: a newer selection or unmounting cancels it (a re-render
  // does not: it comes before the paint it waits for).
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    const range = virtualizer.range;
    if (handled.current === selectionKey || !range) return;
    handled.current = selectionKey;
    pending.current?.();
    pending.current = null;
    const first = concerned[0];
    if (selectionKey === '' || first === undefined) return;
    const seen = concerned.some((i) => i >= range.startIndex && i <= range.endIndex);
    if (seen) return;
    pending.current = afterNextPaint(() => {
      pending.current = null;
      virtualizer.scrollToIndex(first, { align: 'center' });
    });
  });
  useEffect(() => () => pending.current?.(), []);

  const items = virtualizer.getVirtualItems();
  // One Tab stop for the whole text: where the keyboard is (or was, while still in view), else
  // the first block in view, so Tab enters the text where the reader is looking.
  const range = virtualizer.range;
  const rover = roving.rover;
  const inView =
    rover !== null &&
    range !== null &&
    rover.block >= range.startIndex &&
    rover.block <= range.endIndex;
  const stopBlock =
    rover !== null && (roving.active || inView) ? rover.block : (range?.startIndex ?? 0);
  return (
    <div
      ref={listRef}
      className="reader-blocks reader-virtual"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const block = readerBlock(bundle, item.index, marks);
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="reader-row"
            style={{ top: item.start - margin }}
          >
            <ArticleBlock
              block={block}
              bundle={bundle}
              stop={item.index === stopBlock ? roving.stopOf(stopBlock) : null}
            />
          </div>
        );
      })}
    </div>
  );
}

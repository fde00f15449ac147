import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Span } from '../../../bundle/bundle-schema';
import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { useSetHoverPassage } from '../../../view-state/hover-context';
import { useSelectionFocus } from '../../../view-state/focus-context';
import { formatPublished, formatPartialDate } from '../../../model/format-date';
import { readerBlock, readerMarks } from '../scene/reader-content';
import { ArticleBlock } from './article-block';
import { MentionPreview, type PreviewAnchor } from './mention-preview';
import { UrlProblemBanner } from './url-problem-banner';
import { usePassagePointer } from './use-passage-pointer';
import { useMentionPointer } from './use-mention-pointer';
import { useReaderRoving } from './use-reader-roving';
import { firstIndexEndingBelow } from '../text/first-visible-index';
import '../reader.css';

/**
 * Past this many blocks the article is drawn a window at a time (virtual-blocks.tsx). Below it
 * every block is in the page, so the browser's own find and print see the whole text; the
 * longest fixture (a 5,000-word statement) has well under a hundred.
 */
export const VIRTUAL_MIN_BLOCKS = 150;

// Loaded only for a long article: the virtualiser stays out of the first load.
const VirtualBlocks = lazy(() =>
  import('./virtual-blocks').then((m) => ({ default: m.VirtualBlocks })),
);

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Runs after the browser has painted: a measurement then finds the layout already done. */
function afterPaint(run: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * The article as published, with every name marked and the evidence of the selection lit. The
 * text, runs and flags come from the reader's scene (`readerMarks`, `readerBlock`), the same data
 * a slide or an export draws from; this component only renders them as selectable, accessible
 * HTML. A long article is drawn a window of blocks at a time.
 */
export function ArticleReader({ bundle }: ViewProps) {
  const { state, problems, update } = useViewState();
  const setPassage = useSetHoverPassage();
  const rootRef = useRef<HTMLElement>(null);
  const [preview, setPreview] = useState<PreviewAnchor | null>(null);
  const focus = useSelectionFocus();
  const { article } = bundle;
  const { selection, asOf } = state;
  const marks = useMemo(
    () => readerMarks(bundle, { selection, asOf }, focus.ok ? focus.focus : null),
    [bundle, selection, asOf, focus],
  );
  const virtual = article.blocks.length > VIRTUAL_MIN_BLOCKS;
  const roving = useReaderRoving(rootRef, article.blocks);

  const onSelectPassage = useCallback(
    (span: Span) => update({ selection: { kind: 'passage', start: span.start, end: span.end } }),
    [update],
  );
  usePassagePointer(rootRef, setPassage, onSelectPassage);
  useEffect(() => () => setPassage(null), [setPassage]);

  const place = (entityId: string, el: HTMLElement, pinned: boolean): PreviewAnchor | null => {
    const root = rootRef.current;
    if (!root) return null;
    const r = el.getBoundingClientRect();
    const base = root.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - base.left, base.width - 320));
    return { entityId, top: r.bottom - base.top + 6, left, pinned };
  };
  useMentionPointer(rootRef, {
    onSelectEntity: (id, el, how) => {
      update({ selection: { kind: 'entity', id } });
      // A finger cannot hover: the tap shows the card, and the next tap elsewhere closes it.
      if (how === 'touch') setPreview(place(id, el, true));
    },
    onSelectBlock: (id) => update({ selection: { kind: 'block', id } }),
    onHover: (id, el) => setPreview((p) => (p?.pinned ? p : place(id, el, false))),
    onLeave: () => setPreview((p) => (p?.pinned ? p : null)),
    onPointerElsewhere: () => setPreview(null),
  });
  useEffect(() => {
    if (preview === null) return;
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPreview(null);
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [preview]);

  // Bring the first mark of a new selection into view, unless one is already visible. Measured
  // after the frame that shows the selection, so the click is not held up by a forced layout.
  // Marks are in reading order, so a bisection measures ~17 of 100,000 instead of every one.
  const selectionKey = selection ? JSON.stringify(selection) : '';
  useEffect(() => {
    const root = rootRef.current;
    // A virtual article brings its own blocks into view (virtual-blocks.tsx).
    if (!root || selectionKey === '' || virtual) return;
    return afterPaint(() => {
      const marks = root.querySelectorAll<HTMLElement>(
        '[data-evidence="true"], [data-selected="true"]',
      );
      if (marks.length === 0) return;
      const pane = root.closest('.pane') ?? document.documentElement;
      const box = pane.getBoundingClientRect();
      const rectOf = (i: number) => marks.item(i).getBoundingClientRect();
      const first = firstIndexEndingBelow(marks.length, (i) => rectOf(i).bottom, box.top);
      const visible = first < marks.length && rectOf(first).top < box.bottom;
      if (!visible)
        marks[0]?.scrollIntoView({
          block: 'center',
          behavior: reducedMotion() ? 'auto' : 'smooth',
        });
    });
  }, [selectionKey, virtual]);

  const urlMessages = [...problems.map((p) => p.message), ...(focus.ok ? [] : [focus.message])];

  return (
    <article className="reader" lang={article.language} ref={rootRef} data-reader-root="">
      {/* Said once, where a screen reader starts the text: how the names are reached. */}
      <p className="visually-hidden" data-reader-keys="">
        {virtual ? 'The text is one Tab stop' : 'Each paragraph of the text is one Tab stop'}: the
        Left and Right arrows move from name to name, Up and Down to the next or previous paragraph,
        Home and End to a paragraph’s first and last name; Enter selects a name.
      </p>
      <UrlProblemBanner
        messages={urlMessages}
        onClearSelection={
          focus.ok ? undefined : () => update({ selection: null }, { replace: true })
        }
      />
      <p className="reader-source">
        <span>{article.publisher}</span> · Posted{' '}
        <time dateTime={article.published}>{formatPublished(article.published)}</time>
        {article.modified && (
          <>
            {' '}
            · modified <time dateTime={article.modified}>{formatPublished(article.modified)}</time>
          </>
        )}
      </p>
      {asOf && (
        <p className="reader-asof">
          As of {formatPartialDate(asOf)}: passages about later events are dimmed.
        </p>
      )}
      {virtual ? (
        <Suspense fallback={<p className="muted">Opening the text…</p>}>
          <VirtualBlocks
            bundle={bundle}
            marks={marks}
            roving={roving}
            rootRef={rootRef}
            selectionKey={selectionKey}
          />
        </Suspense>
      ) : (
        article.blocks.map((b, i) => (
          <ArticleBlock
            key={b.id}
            block={readerBlock(bundle, i, marks)}
            bundle={bundle}
            stop={roving.stopOf(i)}
          />
        ))
      )}
      {preview && <MentionPreview bundle={bundle} anchor={preview} />}
    </article>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bundle, Span } from '../../../bundle/bundle-schema';
import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { useSetHoverPassage } from '../../../view-state/hover-context';
import { useSelectionFocus } from '../../../view-state/focus-context';
import { indexBundle } from '../../../model/bundle-index';
import { formatPublished, formatPartialDate } from '../../../model/format-date';
import { futureOnlyPassages } from '../../../model/as-of';
import { passagesOf } from '../../../model/passages';
import { ArticleBlock } from './article-block';
import { MentionPreview, type PreviewAnchor } from './mention-preview';
import { UrlProblemBanner } from './url-problem-banner';
import { usePassagePointer } from './use-passage-pointer';
import { firstIndexEndingBelow } from '../text/first-visible-index';
import '../reader.css';

const NO_SPANS: Span[] = [];

/** The evidence inside one block; the same empty array for every block without any. */
function evidenceIn(evidence: Span[], block: Span): Span[] {
  if (evidence.length === 0) return NO_SPANS;
  const inside = evidence.filter((e) => e.start < block.end && e.end > block.start);
  return inside.length === 0 ? NO_SPANS : inside;
}

/** Blocks are in text order and do not overlap (a bundle rule), so each mention's is a search. */
function entityBlocks(bundle: Bundle): Map<string, Set<string>> {
  const byEntity = new Map<string, Set<string>>();
  const blocks = bundle.article.blocks;
  const index = indexBundle(bundle);
  for (const [entity, mentions] of index.mentionsByEntity) {
    const set = new Set<string>();
    for (const m of mentions) {
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const b = blocks[mid];
        if (b === undefined) break;
        if (b.end <= m.start) lo = mid + 1;
        else if (b.start >= m.end) hi = mid - 1;
        else {
          set.add(b.id);
          break;
        }
      }
    }
    byEntity.set(entity, set);
  }
  return byEntity;
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The article as published, with every mention marked and the evidence of the selection lit. */
export function ArticleReader({ bundle }: ViewProps) {
  const { state, problems, update } = useViewState();
  const setPassage = useSetHoverPassage();
  const rootRef = useRef<HTMLElement>(null);
  const [preview, setPreview] = useState<PreviewAnchor | null>(null);
  const focus = useSelectionFocus();
  const { article } = bundle;
  const selection = state.selection;
  const selectedEntity = selection?.kind === 'entity' && focus.ok ? selection.id : null;
  const evidence = focus.ok && selection?.kind !== 'entity' ? focus.focus.evidence : NO_SPANS;
  const selectedBlock = selection?.kind === 'block' ? selection.id : null;
  // Which blocks hold a mention of each entity: a block is handed the selected (or previewed)
  // entity only when it holds a mention of it, so a new selection redraws just the blocks it
  // touches and memo keeps the rest.
  const blocksByEntity = useMemo(() => entityBlocks(bundle), [bundle]);
  const touches = (entity: string | null, blockId: string): string | null =>
    entity !== null && blocksByEntity.get(entity)?.has(blockId) === true ? entity : null;

  // Passages that speak only of what came after the "as of" day are dimmed, not hidden.
  const later = useMemo(
    () => new Set(futureOnlyPassages(bundle, passagesOf(bundle), state.asOf).map((p) => p.start)),
    [bundle, state.asOf],
  );

  const onSelectPassage = useCallback(
    (span: Span) => update({ selection: { kind: 'passage', start: span.start, end: span.end } }),
    [update],
  );
  usePassagePointer(rootRef, setPassage, onSelectPassage);
  useEffect(() => () => setPassage(null), [setPassage]);

  // Bring the first mark of a new selection into view, unless one is already visible. Marks
  // are in reading order, so a bisection measures ~17 of 100,000 instead of every one.
  const selectionKey = selection ? JSON.stringify(selection) : '';
  useEffect(() => {
    const root = rootRef.current;
    if (!root || selectionKey === '') return;
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
      marks[0]?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [selectionKey]);

  const showPreview = useCallback((entityId: string, el: HTMLElement) => {
    const root = rootRef.current;
    if (!root) return;
    const r = el.getBoundingClientRect();
    const base = root.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - base.left, base.width - 320));
    setPreview({ entityId, top: r.bottom - base.top + 6, left });
  }, []);
  const hidePreview = useCallback(() => setPreview(null), []);

  const urlMessages = [...problems.map((p) => p.message), ...(focus.ok ? [] : [focus.message])];

  return (
    <article className="reader" lang={article.language} ref={rootRef} data-reader-root="">
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
      {state.asOf && (
        <p className="reader-asof">
          As of {formatPartialDate(state.asOf)}: passages about later events are dimmed.
        </p>
      )}
      {article.blocks.map((block, i) => (
        <ArticleBlock
          key={block.id}
          bundle={bundle}
          block={block}
          number={i + 1}
          evidence={evidenceIn(evidence, block)}
          selectedEntity={touches(selectedEntity, block.id)}
          later={later}
          selected={selectedBlock === block.id}
          previewEntity={touches(preview?.entityId ?? null, block.id)}
          onSelect={update}
          onPreview={showPreview}
          onHidePreview={hidePreview}
        />
      ))}
      {preview && <MentionPreview bundle={bundle} anchor={preview} />}
    </article>
  );
}

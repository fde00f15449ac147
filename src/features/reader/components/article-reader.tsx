import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Span } from '../../../bundle/bundle-schema';
import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { useHover } from '../../../view-state/hover-context';
import { selectionFocus } from '../../../model/selection-focus';
import { formatPublished, formatPartialDate } from '../../../model/format-date';
import { futureOnlyPassages } from '../../../model/as-of';
import { passagesOf } from '../../../model/passages';
import { ArticleBlock } from './article-block';
import { MentionPreview, type PreviewAnchor } from './mention-preview';
import { UrlProblemBanner } from './url-problem-banner';
import { usePassagePointer } from './use-passage-pointer';

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The article as published, with every mention marked and the evidence of the selection lit. */
export function ArticleReader({ bundle }: ViewProps) {
  const { state, problems, update } = useViewState();
  const { setPassage } = useHover();
  const rootRef = useRef<HTMLElement>(null);
  const [preview, setPreview] = useState<PreviewAnchor | null>(null);
  const focus = useMemo(() => selectionFocus(bundle, state.selection), [bundle, state.selection]);
  const { article } = bundle;
  const selection = state.selection;
  const selectedEntity = selection?.kind === 'entity' && focus.ok ? selection.id : null;
  const evidence = focus.ok && selection?.kind !== 'entity' ? focus.focus.evidence : [];

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

  // Bring the first mark of a new selection into view, unless one is already visible.
  const selectionKey = selection ? JSON.stringify(selection) : '';
  useEffect(() => {
    const root = rootRef.current;
    if (!root || selectionKey === '') return;
    const marks = [
      ...root.querySelectorAll<HTMLElement>('[data-evidence="true"], [data-selected="true"]'),
    ];
    if (marks.length === 0) return;
    const pane = root.closest('.pane') ?? document.documentElement;
    const box = pane.getBoundingClientRect();
    const visible = marks.some((m) => {
      const r = m.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom;
    });
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
          evidence={evidence}
          selectedEntity={selectedEntity}
          later={later}
          selectedBlock={selection?.kind === 'block' ? selection.id : null}
          previewEntity={preview?.entityId ?? null}
          onPreview={showPreview}
          onHidePreview={hidePreview}
        />
      ))}
      {preview && <MentionPreview bundle={bundle} anchor={preview} />}
    </article>
  );
}

import { useMemo } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { selectionFocus } from '../../../model/selection-focus';
import { formatPublished } from '../../../model/format-date';
import { ArticleBlock } from './article-block';

/** The article as published, with every mention marked and the evidence of the selection lit. */
export function ArticleReader({ bundle }: ViewProps) {
  const { state } = useViewState();
  const focus = useMemo(() => selectionFocus(bundle, state.selection), [bundle, state.selection]);
  const { article } = bundle;
  const evidence = focus.ok && state.selection?.kind !== 'entity' ? focus.focus.evidence : [];
  const selectedEntity = state.selection?.kind === 'entity' ? state.selection.id : null;

  return (
    <article className="reader" lang={article.language}>
      <p className="reader-source">
        <span>{article.publisher}</span> ·{' '}
        <time dateTime={article.published}>{formatPublished(article.published)}</time>
        {article.modified && (
          <>
            {' '}
            · modified <time dateTime={article.modified}>{formatPublished(article.modified)}</time>
          </>
        )}
      </p>
      {article.blocks.map((block) => (
        <ArticleBlock
          key={block.id}
          bundle={bundle}
          block={block}
          evidence={evidence}
          selectedEntity={selectedEntity}
        />
      ))}
    </article>
  );
}

import { useCallback, useEffect } from 'react';
import { useParams } from 'react-router';
import { useBundle, useBundleStore } from '../bundle-store';
import { BundleErrorView } from '../bundle-error-view';
import {
  PrintDeck,
  slideViewState,
  useDeck,
  type Slide,
} from '../../features/briefing/briefing-api';
import { deckSourceFor } from './briefing-deck-source';
import { BriefingStaticView } from './briefing-static-view';

/** #/b/:bundleId/briefing-print: every slide as a page, for print or "Save as PDF". */
export function BriefingPrintPage() {
  const routeId = useParams().bundleId ?? '';
  const loaded = useBundle(routeId);
  const bundle = loaded.status === 'ready' ? loaded.bundle : null;
  const { embedded } = useBundleStore();
  const { deck } = useDeck(routeId, bundle, deckSourceFor(routeId, embedded));

  useEffect(() => {
    document.title = bundle ? `Handout · ${bundle.article.title}` : 'Handout · Article Atlas';
  }, [bundle]);

  const renderViews = useCallback(
    (slide: Slide, number: number) =>
      bundle
        ? slide.view.views.map((name) => (
            <BriefingStaticView
              key={name}
              name={name}
              bundle={bundle}
              state={slideViewState(routeId, slide.view, number)}
              place={`slide ${number}`}
            />
          ))
        : null,
    [bundle, routeId],
  );

  if (loaded.status === 'error')
    return (
      <main className="workspace-message">
        <BundleErrorView error={loaded.error} headingLevel={1} />
      </main>
    );
  if (bundle === null || deck === null)
    return (
      <main className="loading-screen" aria-busy="true">
        <h1 className="workspace-loading">Loading the handout…</h1>
      </main>
    );
  const base = `/b/${encodeURIComponent(routeId)}`;
  return (
    <PrintDeck
      deck={deck}
      bundle={bundle}
      renderViews={renderViews}
      editHref={`${base}/briefing-edit`}
      backHref={base}
    />
  );
}

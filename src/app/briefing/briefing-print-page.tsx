import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useBundle, useBundleStore } from '../bundle-store';
import { BundleErrorView } from '../bundle-error-view';
import { PrintDeck, useDeck } from '../../features/briefing/briefing-api';
import { deckSourceFor } from './briefing-deck-source';

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
      routeId={routeId}
      editHref={`${base}/briefing-edit`}
      backHref={base}
    />
  );
}

import { useCallback, useEffect } from 'react';
import { useParams } from 'react-router';
import { useBundle, useBundleStore } from '../bundle-store';
import { AppHeader } from '../app-header';
import { BundleErrorView } from '../bundle-error-view';
import { DeckEditor, useDeck, type Deck } from '../../features/briefing/briefing-api';
import { deckSourceFor } from './briefing-deck-source';
import { exportBriefingHtml } from './briefing-export-html';

/** #/b/:bundleId/briefing-edit: the deck editor for a story. */
export function BriefingEditPage() {
  const routeId = useParams().bundleId ?? '';
  const loaded = useBundle(routeId);
  const bundle = loaded.status === 'ready' ? loaded.bundle : null;
  const { embedded } = useBundleStore();
  const deckApi = useDeck(routeId, bundle, deckSourceFor(routeId, embedded));
  const onExportHtml = useCallback(
    (deck: Deck) => (bundle ? exportBriefingHtml(bundle, deck, embedded) : Promise.resolve('')),
    [bundle, embedded],
  );

  useEffect(() => {
    document.title = bundle
      ? `Edit briefing · ${bundle.article.title}`
      : 'Edit briefing · Article Atlas';
  }, [bundle]);

  return (
    <div className="app deck-editor-page">
      {loaded.status !== 'loading' && <AppHeader bundle={bundle} />}
      {loaded.status === 'error' && (
        <main className="workspace-message">
          <BundleErrorView error={loaded.error} headingLevel={1} />
        </main>
      )}
      {loaded.status !== 'error' && (bundle === null || deckApi.deck === null) && (
        <main className="loading-screen" aria-busy="true">
          <h1 className="workspace-loading">Loading the briefing…</h1>
        </main>
      )}
      {bundle && deckApi.deck && (
        <DeckEditor
          deck={deckApi.deck}
          bundle={bundle}
          routeId={routeId}
          origin={deckApi.origin}
          notice={deckApi.notice}
          saveError={deckApi.saveError}
          sessionOnly={embedded !== null}
          onSave={deckApi.save}
          onExportHtml={onExportHtml}
          printHref={`/b/${encodeURIComponent(routeId)}/briefing-print`}
        />
      )}
    </div>
  );
}

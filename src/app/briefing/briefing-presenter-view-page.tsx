import { useParams } from 'react-router';
import { useBundle, useBundleStore } from '../bundle-store';
import { BundleErrorView } from '../bundle-error-view';
import { PresenterView, useDeck } from '../../features/briefing/briefing-api';
import { deckSourceFor } from './briefing-deck-source';

/** #/b/:bundleId/briefing-presenter/:slide: the presenter's window, opened from the presenter. */
export function BriefingPresenterViewPage() {
  const params = useParams();
  const routeId = params.bundleId ?? '';
  const slide = Number(/^\d{1,4}$/.test(params.slide ?? '') ? params.slide : '1');
  const loaded = useBundle(routeId);
  const bundle = loaded.status === 'ready' ? loaded.bundle : null;
  const { embedded } = useBundleStore();
  const { deck } = useDeck(routeId, bundle, deckSourceFor(routeId, embedded));
  if (loaded.status === 'error')
    return (
      <main className="workspace-message" aria-label="Presenter view">
        <BundleErrorView error={loaded.error} headingLevel={1} />
      </main>
    );
  if (bundle === null || deck === null)
    return (
      <main className="loading-screen" aria-label="Presenter view" aria-busy="true">
        <h1 className="workspace-loading">Loading the presenter view…</h1>
      </main>
    );
  return <PresenterView deck={deck} bundle={bundle} routeId={routeId} initialNumber={slide} />;
}

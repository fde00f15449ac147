import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Bundle } from '../bundle/bundle-schema';
import { AppHeader } from './app-header';
import { BundlePicker } from './bundle-picker';
import { useBundle, useBundleStore } from './bundle-store';
import { BundleErrorView } from './bundle-error-view';
import { VIEW_REGISTRY } from './view-registry';
import { ViewErrorBoundary } from './view-error-boundary';
import { FixedViewState } from '../view-state/fixed-view-state';
import { FocusProvider } from '../view-state/focus-context';
import { HoverProvider } from '../view-state/hover-context';
import { defaultViewState } from '../view-state/parse-view-state';
import type { ViewState } from '../view-state/view-state';

// The page and its engines (compromise, chrono, the country table) are one lazy chunk; the
// gazetteer and the outlines are further chunks it loads itself.
const NewStoryPage = lazy(() =>
  import('../features/authoring/components/new-story-page').then((m) => ({
    default: m.NewStoryPage,
  })),
);

/** The real Map view over the draft, with its own fixed state: clicks select, nothing else changes. */
function MapPreview(props: { bundle: Bundle }) {
  const { bundle } = props;
  const [state, setState] = useState<ViewState>(() => ({
    ...defaultViewState(bundle.id),
    views: ['map'],
  }));
  const Map = VIEW_REGISTRY.map.Component;
  return (
    <section aria-label="Map of the story’s places" className="pane pane-view">
      <HoverProvider>
        <FixedViewState state={{ ...state, bundleId: bundle.id }} onUpdate={setState}>
          <FocusProvider bundle={bundle}>
            <ViewErrorBoundary name="Map" resetKey={bundle.id}>
              <Suspense fallback={<p className="view-loading">Loading the map…</p>}>
                <Map bundle={bundle} />
              </Suspense>
            </ViewErrorBoundary>
          </FocusProvider>
        </FixedViewState>
      </HoverProvider>
    </section>
  );
}

const renderMap = (bundle: Bundle) => <MapPreview bundle={bundle} />;

function Shell(props: { children: React.ReactNode; currentId: string }) {
  return (
    <div className="app">
      <AppHeader bundle={null} actions={<BundlePicker currentId={props.currentId} />} />
      <main id="main" className="authoring-main">
        <Suspense
          fallback={
            <p className="view-loading" aria-busy="true">
              Loading New story…
            </p>
          }
        >
          {props.children}
        </Suspense>
      </main>
    </div>
  );
}

/** #/new: a new story. #/edit/:bundleId: a saved or shipped story opened to correct it. */
export function NewStoryRoute() {
  const { bundleId } = useParams();
  const navigate = useNavigate();
  const { saveLocal } = useBundleStore();
  const onOpen = useCallback(
    (routeId: string) => void navigate(`/b/${encodeURIComponent(routeId)}`),
    [navigate],
  );
  if (bundleId !== undefined)
    return <EditRoute bundleId={bundleId} onSave={saveLocal} onOpen={onOpen} />;
  return (
    <Shell currentId="">
      <NewStoryPage source={null} onSave={saveLocal} onOpen={onOpen} renderMap={renderMap} />
    </Shell>
  );
}

function EditRoute(props: {
  bundleId: string;
  onSave: ReturnType<typeof useBundleStore>['saveLocal'];
  onOpen: (routeId: string) => void;
}) {
  const loaded = useBundle(props.bundleId);
  const source = useMemo(
    () => (loaded.status === 'ready' ? { bundle: loaded.bundle, routeId: props.bundleId } : null),
    [loaded, props.bundleId],
  );
  return (
    <Shell currentId={props.bundleId}>
      {loaded.status === 'loading' && <p aria-busy="true">Loading the story…</p>}
      {loaded.status === 'error' && <BundleErrorView error={loaded.error} headingLevel={1} />}
      {source !== null && (
        <NewStoryPage
          source={source}
          onSave={props.onSave}
          onOpen={props.onOpen}
          renderMap={renderMap}
        />
      )}
    </Shell>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { useBundle, useBundleStore } from './bundle-store';
import { OpeningScreen } from './opening-screen';
import { BundleWarningsNotice } from './bundle-warnings-notice';
import { AppHeader } from './app-header';
import { BundleErrorView } from './bundle-error-view';
import { ViewErrorBoundary } from './view-error-boundary';
import { SplitDivider } from './split-divider';
import { parseStoredSplit, SPLIT_STORAGE_KEY } from './split-ratio';
import { ViewsPane } from './views-pane';
import { SkipLinks } from './skip-links';
import { useRegionCycle } from './use-region-cycle';
import { ViewChooser } from './view-chooser';
import { PaneTabs } from './pane-tabs';
import { useViewState } from '../view-state/use-view-state';
import { ArticleReader } from '../features/reader/components/article-reader';
import { Inspector } from '../features/reader/components/inspector';
import { FindDialog } from '../features/reader/components/find-dialog';
import { BundlePicker } from './bundle-picker';
import { StorageNotice } from './storage-notice';
import { useEscapeClearsSelection } from './use-escape-clears-selection';
import { Link } from 'react-router';
import { HoverProvider } from '../view-state/hover-context';
import { FocusProvider } from '../view-state/focus-context';
import { useMediaQuery } from '../ui/use-media-query';
import { BriefingAddButton } from './briefing/briefing-add-button';
import { VIEW_REGISTRY } from './view-registry';

function readSplit(): number {
  try {
    return parseStoredSplit(window.localStorage.getItem(SPLIT_STORAGE_KEY));
  } catch {
    return parseStoredSplit(null);
  }
}

/** The workspace: the article beside up to three views; one pane at a time on a phone. */
export function WorkspacePage() {
  const { state, hrefFor, update } = useViewState();
  const loaded = useBundle(state.bundleId);
  // While a file is read and checked, its progress replaces the story (the header stays, so
  // the Stories dialog that started it lives on to report a refusal).
  const { opening } = useBundleStore();
  const [split, setSplit] = useState(readSplit);
  const bundle = loaded.status === 'ready' && opening === null ? loaded.bundle : null;
  // On a phone only the chosen pane is drawn: hidden views would load and lay out for nothing.
  const narrow = useMediaQuery('(max-width: 760px)');

  useEffect(() => {
    document.title = bundle ? `${bundle.article.title} · Article Atlas` : 'Article Atlas';
  }, [bundle]);

  // The views the URL shows start loading with the story, not after it: their chunks and the
  // bundle come in parallel, and a view whose chunk is in draws with the text (lazy-view.ts).
  const shownKey = (narrow ? [state.pane] : state.views).join(',');
  useEffect(() => {
    for (const name of shownKey.split(','))
      if (Object.hasOwn(VIEW_REGISTRY, name))
        void VIEW_REGISTRY[name as keyof typeof VIEW_REGISTRY].preload().catch(() => undefined);
  }, [shownKey]);

  useEscapeClearsSelection(state.selection !== null, () => update({ selection: null }));
  useRegionCycle(bundle !== null);

  const onSplit = useCallback((ratio: number) => {
    setSplit(ratio);
    try {
      window.localStorage.setItem(SPLIT_STORAGE_KEY, String(ratio));
    } catch {
      // Layout preference only: losing it costs nothing.
    }
  }, []);

  return (
    <div className="app">
      {bundle && <SkipLinks />}
      {(loaded.status !== 'loading' || opening !== null) && (
        <AppHeader
          bundle={bundle}
          primary={bundle && <FindDialog bundle={bundle} />}
          actions={
            <>
              <BundlePicker currentId={state.bundleId} />
              {bundle && <ViewChooser />}
              {bundle && <BriefingAddButton bundle={bundle} routeId={state.bundleId} />}
              {bundle && (
                <Link className="button" to={hrefFor({ slide: 1, selection: null })}>
                  Present
                </Link>
              )}
            </>
          }
        />
      )}
      {opening !== null && <OpeningScreen opening={opening} />}
      {loaded.status === 'loading' && opening === null && (
        // Fixed, so nothing moves when the story replaces it (no layout shift on load).
        <main className="loading-screen" aria-busy="true">
          <h1 className="workspace-loading">Loading the story…</h1>
        </main>
      )}
      {loaded.status === 'error' && opening === null && (
        <main className="workspace-message">
          <StorageNotice />
          <BundleErrorView error={loaded.error} headingLevel={1} />
        </main>
      )}
      {bundle && (
        <HoverProvider>
          <FocusProvider bundle={bundle}>
            <StorageNotice />
            {loaded.status === 'ready' && (
              <BundleWarningsNotice key={state.bundleId} warnings={loaded.warnings} />
            )}
            <PaneTabs />
            <main
              className="workspace"
              data-pane={state.pane}
              data-view-count={state.views.length}
              data-has-selection={state.selection !== null}
              style={{ ['--split' as string]: `${split * 100}%` }}
            >
              <section
                id="article-pane"
                className="pane pane-article"
                aria-label="Article"
                data-pane-name="article"
              >
                <ViewErrorBoundary name="Article" resetKey={bundle.id}>
                  <ArticleReader bundle={bundle} />
                </ViewErrorBoundary>
              </section>
              {state.views.length > 0 && <SplitDivider ratio={split} onChange={onSplit} />}
              {state.views.length > 0 && <ViewsPane bundle={bundle} narrow={narrow} />}
              <aside
                id="inspector-pane"
                className="pane pane-inspector"
                aria-label="Inspector"
                data-pane-name="inspector"
              >
                <ViewErrorBoundary name="Inspector" resetKey={bundle.id}>
                  <Inspector bundle={bundle} />
                </ViewErrorBoundary>
              </aside>
            </main>
          </FocusProvider>
        </HoverProvider>
      )}
    </div>
  );
}

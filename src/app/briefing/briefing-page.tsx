import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useBundle, useBundleStore } from '../bundle-store';
import { useViewState } from '../../view-state/use-view-state';
import { BundleErrorView } from '../bundle-error-view';
import { Presenter, slideHref, useDeck, type Slide } from '../../features/briefing/briefing-api';
import { deckSourceFor } from './briefing-deck-source';
import { BriefingViewRegion } from './briefing-view-region';

/**
 * The briefing route, #/b/:bundleId/briefing/:slide. The slide's view state goes into the URL
 * (views, selection, as-of date), so the live views highlight exactly as they would in the
 * workspace, and a reload or a shared link shows the same slide.
 */
export function BriefingPage() {
  const { state } = useViewState();
  const routeId = state.bundleId;
  const loaded = useBundle(routeId);
  const bundle = loaded.status === 'ready' ? loaded.bundle : null;
  const { embedded } = useBundleStore();
  const { deck, notice } = useDeck(routeId, bundle, deckSourceFor(routeId, embedded));
  const navigate = useNavigate();
  const location = useLocation();
  // Read through an effect event, not a dependency: a change of query alone must not re-run it.
  const isHere = useEffectEvent(
    (target: string) => `${location.pathname}${location.search}` === target,
  );
  const [noticeSeen, setNoticeSeen] = useState(false);

  const count = deck?.slides.length ?? 0;
  const number = Math.min(Math.max(1, state.slide ?? 1), Math.max(1, count));
  const slide = deck?.slides[number - 1];

  // On arrival and on each change of slide, the URL takes the slide's state. It does not run
  // when only the query changes, so a presenter can still click around inside a slide.
  useEffect(() => {
    if (!slide) return;
    const target = slideHref(routeId, slide.view, number);
    if (!isHere(target)) void navigate(target, { replace: true });
  }, [slide, routeId, number, navigate]);

  useEffect(() => {
    document.title = slide
      ? `${slide.title} · Briefing · Article Atlas`
      : 'Briefing · Article Atlas';
  }, [slide]);

  const onGo = useCallback(
    (n: number) => {
      const target = deck?.slides[n - 1];
      if (target) void navigate(slideHref(routeId, target.view, n));
    },
    [deck, routeId, navigate],
  );
  const workspaceHref = `/b/${encodeURIComponent(routeId)}`;
  const onExit = useCallback(() => void navigate(workspaceHref), [navigate, workspaceHref]);
  const renderViews = useCallback(
    (s: Slide) =>
      bundle
        ? s.view.views.map((name) => <BriefingViewRegion key={name} name={name} bundle={bundle} />)
        : null,
    [bundle],
  );

  if (loaded.status === 'error')
    return (
      <main className="workspace-message" aria-label="Briefing">
        <BundleErrorView error={loaded.error} headingLevel={1} />
      </main>
    );
  if (bundle === null || deck === null)
    return (
      <main className="loading-screen" aria-label="Briefing" aria-busy="true">
        <h1 className="workspace-loading">Loading the briefing…</h1>
      </main>
    );
  const editHref = `/b/${encodeURIComponent(routeId)}/briefing-edit`;
  return (
    <Presenter
      deck={deck}
      bundle={bundle}
      number={number}
      onGo={onGo}
      onExit={onExit}
      renderViews={renderViews}
      editHref={editHref}
      printHref={`/b/${encodeURIComponent(routeId)}/briefing-print`}
      fileStem={`${bundle.id}-briefing`}
      notice={
        notice && !noticeSeen ? (
          <div className="deck-notice deck-notice-floating" role="alert">
            <p>
              The saved briefing was damaged; what could be read is shown.{' '}
              <Link to={editHref}>See what was set aside</Link>.
            </p>
            <button type="button" className="button" onClick={() => setNoticeSeen(true)}>
              Dismiss
            </button>
          </div>
        ) : null
      }
    />
  );
}

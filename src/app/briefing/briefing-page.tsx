import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useBundle, useBundleStore } from '../bundle-store';
import { useViewState } from '../../view-state/use-view-state';
import { BundleErrorView } from '../bundle-error-view';
import { Presenter, slideHref, useDeck } from '../../features/briefing/briefing-api';
import { deckSourceFor } from './briefing-deck-source';
import { briefingDepth, exitSteps } from './briefing-history';

/**
 * The briefing route, #/b/:bundleId/briefing/:slide. The slide's view state goes into the URL
 * (views, selection, as-of date), so a reload or a shared link shows the same slide; the slide
 * itself is a picture drawn from that state.
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
  const depth = briefingDepth(location.state);
  // Read through an effect event, not a dependency: a change of query alone must not re-run it.
  const isHere = useEffectEvent(
    (target: string) => `${location.pathname}${location.search}` === target,
  );
  const keepState = useEffectEvent(() => location.state as unknown);
  const [noticeSeen, setNoticeSeen] = useState(false);
  const [outOfRange, setOutOfRange] = useState<{ asked: number; shown: number } | null>(null);

  const count = deck?.slides.length ?? 0;
  const asked = state.slide ?? 1;
  const number = Math.min(Math.max(1, asked), Math.max(1, count));
  const slide = deck?.slides[number - 1];

  // A link past the end shows the last slide and says so, until the presenter moves on. Kept
  // in state because the URL is corrected to the last slide at once.
  if (
    deck &&
    count > 0 &&
    asked > count &&
    (outOfRange?.asked !== asked || outOfRange.shown !== count)
  )
    setOutOfRange({ asked, shown: count });

  // On arrival and on each change of slide, the URL takes the slide's state.
  useEffect(() => {
    if (!slide) return;
    const target = slideHref(routeId, slide.view, number);
    if (!isHere(target)) void navigate(target, { replace: true, state: keepState() });
  }, [slide, routeId, number, navigate]);

  useEffect(() => {
    document.title = slide
      ? `${slide.title} · Briefing · Article Atlas`
      : 'Briefing · Article Atlas';
  }, [slide]);

  const onGo = useCallback(
    (n: number) => {
      const target = deck?.slides[n - 1];
      if (target)
        void navigate(slideHref(routeId, target.view, n), { state: { briefingDepth: depth + 1 } });
    },
    [deck, routeId, navigate, depth],
  );
  const workspaceHref = `/b/${encodeURIComponent(routeId)}`;
  // Escape returns to the page the briefing was opened from, in the state it was in (the
  // entries the presenter pushed are stepped over); opened from a link, to the workspace.
  const onExit = useCallback(() => {
    const steps = exitSteps(depth, window.history.state);
    if (steps !== null) void navigate(-steps);
    else void navigate(workspaceHref);
  }, [navigate, workspaceHref, depth]);

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
  const base = `/b/${encodeURIComponent(routeId)}`;
  const editHref = `${base}/briefing-edit`;
  return (
    <Presenter
      deck={deck}
      bundle={bundle}
      routeId={routeId}
      number={number}
      outOfRange={outOfRange && outOfRange.shown === number ? outOfRange.asked : null}
      onGo={onGo}
      onExit={onExit}
      editHref={editHref}
      printHref={`${base}/briefing-print`}
      presenterViewHref={`${base}/briefing-presenter/${number}`}
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

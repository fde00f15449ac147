import { useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { parseViewState, viewStateHref } from './parse-view-state';
import { ViewStateContext, type ViewStateApi } from './use-view-state';
import type { ViewState } from './view-state';

/**
 * The URL as the store, for a route that declares its mode: read it, parse it, write it back.
 * Nothing is copied elsewhere. A briefing route reads its slide number from the path; a workspace
 * route has none, whatever the story id looks like (an id such as `briefing-2019` is just an id).
 */
export function UrlViewState(props: { mode: 'workspace' | 'briefing'; children: ReactNode }) {
  const { mode } = props;
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const bundleId = params.bundleId ?? '';
  const slideParam = mode === 'briefing' ? (params.slide ?? '1') : undefined;

  const { state, problems } = useMemo(
    () => parseViewState(bundleId, new URLSearchParams(location.search), slideParam),
    [bundleId, location.search, slideParam],
  );

  const hrefFor = useCallback(
    (patch: Partial<ViewState>) => viewStateHref({ ...state, ...patch }),
    [state],
  );

  // `update` reads the latest state from a ref, so it keeps one identity for the life of the
  // route: handlers built on it stay stable and memoised marks do not redraw on every change.
  const latest = useRef({ state, here: '' });
  useLayoutEffect(() => {
    latest.current = { state, here: `${location.pathname}${location.search}` };
  }, [state, location.pathname, location.search]);
  const update = useCallback(
    (patch: Partial<ViewState>, options?: { replace?: boolean }) => {
      const target = viewStateHref({ ...latest.current.state, ...patch });
      if (target === latest.current.here) return;
      // A selection is answered in the same task as the click: as a transition (the router's
      // default) React renders it in 5 ms slices with frames between, which on a busy machine
      // took several frames (issue 15: click → highlight). Other changes stay transitions.
      const onlySelection = Object.keys(patch).every((k) => k === 'selection');
      void navigate(target, { replace: options?.replace ?? false, flushSync: onlySelection });
    },
    [navigate],
  );

  const api = useMemo<ViewStateApi>(
    () => ({ mode, state, problems, update, hrefFor }),
    [mode, state, problems, update, hrefFor],
  );
  return <ViewStateContext.Provider value={api}>{props.children}</ViewStateContext.Provider>;
}

import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { parseViewState, serialiseViewSearch, viewStatePath } from './parse-view-state';
import type { UrlProblem, ViewState } from './view-state';

export interface ViewStateApi {
  state: ViewState;
  problems: UrlProblem[];
  /**
   * Writes a new state to the URL. Deliberate picks push history (back undoes them);
   * continuous changes (scrubbing, panning) pass replace so history is not flooded.
   */
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** The href for a state, for links that open in a new tab or are copied. */
  hrefFor: (patch: Partial<ViewState>) => string;
}

/** The URL is the store: read it, parse it, write it back. Nothing is copied elsewhere. */
export function useViewState(): ViewStateApi {
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const bundleId = params.bundleId ?? '';
  const slideParam = params.slide;
  const isBriefing = location.pathname.includes('/briefing');

  const { state, problems } = useMemo(
    () =>
      parseViewState(
        bundleId,
        new URLSearchParams(location.search),
        isBriefing ? (slideParam ?? '1') : undefined,
      ),
    [bundleId, location.search, slideParam, isBriefing],
  );

  const hrefFor = useCallback(
    (patch: Partial<ViewState>) => {
      const next = { ...state, ...patch };
      return `${viewStatePath(next)}${serialiseViewSearch(next)}`;
    },
    [state],
  );

  const update = useCallback(
    (patch: Partial<ViewState>, options?: { replace?: boolean }) => {
      const target = hrefFor(patch);
      if (target === `${location.pathname}${location.search}`) return;
      void navigate(target, { replace: options?.replace ?? false });
    },
    [hrefFor, navigate, location.pathname, location.search],
  );

  return { state, problems, update, hrefFor };
}

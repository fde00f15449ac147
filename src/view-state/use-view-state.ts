import { createContext, useContext } from 'react';
import type { UrlProblem, ViewMode, ViewState } from './view-state';

export interface ViewStateApi {
  /** Where the state comes from, as the route declared it. */
  mode: ViewMode;
  state: ViewState;
  problems: UrlProblem[];
  /**
   * Asks for a new state. In the workspace it writes the URL: deliberate picks push history
   * (Back undoes them), continuous changes (scrubbing, panning) pass replace. A fixed state (a
   * slide picture, a handout, a preview) hands it to its owner, which may ignore it.
   */
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** The href for a state, for links that open in a new tab or are copied. */
  hrefFor: (patch: Partial<ViewState>) => string;
}

export const ViewStateContext = createContext<ViewStateApi | null>(null);

/**
 * The ViewState of whatever this view is drawn for. `app/` supplies it: the URL on a workspace or
 * briefing route, a fixed value on a slide, a handout page, an export or an authoring preview.
 */
export function useViewState(): ViewStateApi {
  const api = useContext(ViewStateContext);
  if (api === null)
    throw new Error('useViewState() needs a ViewStateProvider (UrlViewState or FixedViewState).');
  return api;
}

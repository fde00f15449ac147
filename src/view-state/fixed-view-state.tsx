import { useMemo, type ReactNode } from 'react';
import { viewStateHref } from './parse-view-state';
import { ViewStateContext, type ViewStateApi } from './use-view-state';
import type { ViewState } from './view-state';

const NO_PROBLEMS: ViewStateApi['problems'] = [];

/**
 * A ViewState that is not the URL's: a slide, a handout page, an export, an authoring preview.
 * Views drawn inside read it exactly as they read the URL. A change they ask for goes to
 * `onUpdate` when the owner wants it (an authoring preview may follow clicks), else nowhere: a
 * slide never changes because somebody clicked it.
 */
export function FixedViewState(props: {
  state: ViewState;
  onUpdate?: (next: ViewState) => void;
  children: ReactNode;
}) {
  const { state, onUpdate } = props;
  const api = useMemo<ViewStateApi>(
    () => ({
      mode: 'fixed',
      state,
      problems: NO_PROBLEMS,
      update: (patch) => onUpdate?.({ ...state, ...patch }),
      hrefFor: (patch) => viewStateHref({ ...state, ...patch }),
    }),
    [state, onUpdate],
  );
  return <ViewStateContext.Provider value={api}>{props.children}</ViewStateContext.Provider>;
}

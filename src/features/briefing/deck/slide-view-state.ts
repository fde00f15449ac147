import type { ViewState } from '../../../view-state/view-state';
import {
  formatSelection,
  parseSelection,
  serialiseViewSearch,
  viewStatePath,
} from '../../../view-state/parse-view-state';
import type { SlideView } from './deck-schema';

/**
 * The URL state a slide stands for. The presenter navigates to it, so every view reads the
 * slide's selection and date from the URL exactly as it does in the workspace.
 * `slide` is the 1-based number on the briefing route, or null for the workspace.
 */
export function slideViewState(routeId: string, view: SlideView, slide: number | null): ViewState {
  return {
    bundleId: routeId,
    views: [...view.views],
    pane: 'article',
    selection: view.selection === null ? null : parseSelection(view.selection),
    asOf: view.asOf,
    hiddenKinds: [...view.hiddenKinds].sort(),
    hiddenRelations: [...view.hiddenRelations].sort(),
    slide,
  };
}

/** "/b/<id>/briefing/3?views=map&sel=leg:j-choe-2&asof=2018-10-06" */
export function slideHref(routeId: string, view: SlideView, slide: number): string {
  const state = slideViewState(routeId, view, slide);
  return `${viewStatePath(state)}${serialiseViewSearch(state)}`;
}

/** The workspace showing what the slide shows: "open in the workspace" and leaving the presenter. */
export function slideWorkspaceHref(routeId: string, view: SlideView): string {
  const state = slideViewState(routeId, view, null);
  return `${viewStatePath(state)}${serialiseViewSearch(state)}`;
}

/** The query part alone ("?views=…"), to tell whether the URL already shows a slide. */
export function slideSearch(routeId: string, view: SlideView): string {
  return serialiseViewSearch(slideViewState(routeId, view, null));
}

/** The workspace's URL state as a slide's view ("Add to briefing"). */
export function slideViewFromState(state: ViewState): SlideView {
  return {
    views: [...state.views],
    selection: state.selection === null ? null : formatSelection(state.selection),
    asOf: state.asOf,
    hiddenKinds: [...state.hiddenKinds],
    hiddenRelations: [...state.hiddenRelations],
  };
}

import type { ViewState } from '../../../view-state/view-state';
import { serialiseViewSearch, viewStateHref } from '../../../view-state/parse-view-state';
import { slideViewFromState, viewStateFromSlide } from '../../../view-state/slide-view';
import type { SlideView } from './deck-schema';

export { slideViewFromState };

/**
 * The URL state a slide stands for; the conversion is derived from the URL field table.
 * `slide` is the 1-based number on the briefing route, or null for the workspace.
 */
export function slideViewState(routeId: string, view: SlideView, slide: number | null): ViewState {
  return viewStateFromSlide(routeId, view, slide);
}

/** "/b/<id>/briefing/3?views=map&sel=leg:j-choe-2&asof=2018-10-06" */
export function slideHref(routeId: string, view: SlideView, slide: number): string {
  return viewStateHref(slideViewState(routeId, view, slide));
}

/** The workspace showing what the slide shows: "open in the workspace" and leaving the presenter. */
export function slideWorkspaceHref(routeId: string, view: SlideView): string {
  return viewStateHref(slideViewState(routeId, view, null));
}

/** The query part alone ("?views=…"), to tell whether the URL already shows a slide. */
export function slideSearch(routeId: string, view: SlideView): string {
  return serialiseViewSearch(slideViewState(routeId, view, null));
}

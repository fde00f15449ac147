import type { ViewName } from '../view-state/view-state';
import type { ViewModule } from '../ui/view-module';
import { mapModule } from '../features/map/map-module';
import { networkModule } from '../features/network/network-module';
import { readerModule } from '../features/reader/reader-module';
import { timelineModule } from '../features/timeline/timeline-module';

/** What every registered view has; `loadDrawing` until every view has its scene module. */
export type ViewEntry = Omit<ViewModule<unknown>, 'loadDrawing'> &
  Partial<Pick<ViewModule<unknown>, 'loadDrawing'>>;

/**
 * Every view beside the article, by the name the URL uses. Each entry is the view's module
 * (`features/<view>/<view>-module.ts`): its label, its lazy component, the URL fields it owns and
 * a loader for its pure scene builder and SVG writer. Features meet here, never in each other.
 */
export const VIEW_REGISTRY: Record<ViewName, ViewEntry> = {
  network: networkModule as ViewModule<unknown>,
  timeline: timelineModule as ViewModule<unknown>,
  map: mapModule as ViewModule<unknown>,
};

/**
 * Everything `renderViewSvg` can draw: the views beside the article, and the article itself. The
 * article is not a `ViewName` (the URL's `views` never lists it): the workspace always shows it
 * in its own column, and on a phone it is a pane of its own, so choosing it "beside the article"
 * would only draw it twice. A slide, the handout or an export asks for it by this name.
 */
export type DrawableViewName = ViewName | 'article';

export const DRAWABLE_VIEWS: Record<DrawableViewName, ViewEntry> = {
  ...VIEW_REGISTRY,
  article: readerModule as ViewModule<unknown>,
};

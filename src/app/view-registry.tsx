import { lazy } from 'react';
import type { ViewName } from '../view-state/view-state';
import type { ViewModule } from '../ui/view-module';
import { mapModule } from '../features/map/map-module';
import { networkModule } from '../features/network/network-module';

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
  timeline: {
    label: 'Timeline',
    params: ['selection', 'asOf'],
    Component: lazy(() =>
      import('../features/timeline/components/timeline-view').then((m) => ({
        default: m.TimelineView,
      })),
    ),
  },
  map: mapModule as ViewModule<unknown>,
};

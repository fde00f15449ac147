import { lazy } from 'react';
import type { ViewModule } from '../../ui/view-module';
import type { TimelineScene } from './scene/timeline-scene';

/**
 * The timeline as `app/` registers it. It owns no URL field of its own: it reads the selection
 * and writes the "as of" day that every view shares.
 */
export const timelineModule: ViewModule<TimelineScene> = {
  label: 'Timeline',
  params: ['selection', 'asOf'],
  Component: lazy(() =>
    import('./components/timeline-view').then((m) => ({ default: m.TimelineView })),
  ),
  loadDrawing: () => import('./timeline-drawing').then((m) => m.timelineDrawing),
};

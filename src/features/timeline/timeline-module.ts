import { lazyView } from '../../ui/lazy-view';
import type { ViewModule } from '../../ui/view-module';
import type { TimelineScene } from './scene/timeline-scene';

/**
 * The timeline as `app/` registers it. It owns no URL field of its own: it reads the selection
 * and writes the "as of" day that every view shares.
 */
export const timelineModule: ViewModule<TimelineScene> = {
  label: 'Timeline',
  params: ['selection', 'asOf'],
  ...lazyView(() => import('./components/timeline-view').then((m) => m.TimelineView)),
  loadDrawing: () => import('./timeline-drawing').then((m) => m.timelineDrawing),
};

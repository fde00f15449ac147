import { lazyView } from '../../ui/lazy-view';
import type { ViewModule } from '../../ui/view-module';
import type { MapScene } from './map-scene-types';

/**
 * The map as `app/` registers it. It reads the selection and "as of" that every view shares and
 * owns no URL field of its own (pan and zoom are the screen's, not the link's).
 */
export const mapModule: ViewModule<MapScene> = {
  label: 'Map',
  params: ['selection', 'asOf'],
  // Lazy: d3-geo and the Natural Earth geography load with the view, not with the app.
  ...lazyView(() => import('./components/map-view').then((m) => m.MapView)),
  loadDrawing: () => import('./map-drawing').then((m) => m.mapDrawing),
};

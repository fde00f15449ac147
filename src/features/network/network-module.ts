import { lazyView } from '../../ui/lazy-view';
import type { ViewModule } from '../../ui/view-module';
import type { NetworkViewScene } from './network-scene';

/**
 * The network as `app/` registers it. It owns the kind and relation filters; it reads the
 * selection and "as of" that every view shares.
 */
export const networkModule: ViewModule<NetworkViewScene> = {
  label: 'Network',
  params: ['selection', 'asOf', 'hiddenKinds', 'hiddenRelations'],
  // Lazy: d3-force and the layout load with the view, not with the app.
  ...lazyView(() => import('./components/network-view').then((m) => m.NetworkView)),
  loadDrawing: () => import('./network-drawing').then((m) => m.networkDrawing),
};

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewName } from '../view-state/view-state';
import type { ViewProps } from '../ui/view-props';

interface ViewEntry {
  label: string;
  Component: LazyExoticComponent<ComponentType<ViewProps>>;
}

// Route-level splits keep the first load small: d3-force and the geography load with their views.
export const VIEW_REGISTRY: Record<ViewName, ViewEntry> = {
  network: {
    label: 'Network',
    Component: lazy(() =>
      import('../features/network/components/network-view').then((m) => ({
        default: m.NetworkView,
      })),
    ),
  },
  timeline: {
    label: 'Timeline',
    Component: lazy(() =>
      import('../features/timeline/components/timeline-view').then((m) => ({
        default: m.TimelineView,
      })),
    ),
  },
  map: {
    label: 'Map',
    Component: lazy(() =>
      import('../features/map/components/map-view').then((m) => ({ default: m.MapView })),
    ),
  },
};

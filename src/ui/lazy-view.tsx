import { lazy, type ComponentType } from 'react';
import type { ViewProps } from './view-props';

/** A view's component, loaded with its own chunk, and a way to start that load early. */
export interface LazyView {
  Component: ComponentType<ViewProps>;
  preload: () => Promise<unknown>;
}

/**
 * A view loaded on demand that draws at once when its chunk came first. React.lazy suspends on
 * its first render even when the import has long finished, and React 19 then holds the
 * boundary's fallback for at least 300 ms: the seed's network was drawn ~0.3 s after its chunk
 * had arrived. Here a view whose chunk is in (preloaded while the story loaded) renders
 * directly; only one still loading suspends.
 */
export function lazyView(load: () => Promise<ComponentType<ViewProps>>): LazyView {
  let loaded: ComponentType<ViewProps> | null = null;
  let pending: Promise<ComponentType<ViewProps>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed chunk may be asked for again (a retry after a network blip).
        pending = null;
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function View(props: ViewProps) {
    const Shown = loaded ?? Suspending;
    return <Shown {...props} />;
  }
  return { Component: View, preload };
}

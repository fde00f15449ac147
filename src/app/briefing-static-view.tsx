import { Suspense, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Bundle } from '../bundle/bundle-schema';
import type { ViewName } from '../view-state/view-state';
import { VIEW_REGISTRY } from './view-registry';
import { ViewErrorBoundary } from './view-error-boundary';

/**
 * A view drawn for a given URL state instead of the page's: the handout shows every slide's
 * views at once, each with its own selection and date. Views read that state from the router
 * only, so each gets a memory router of its own, in a React root of its own (routers do not
 * nest).
 */
export function BriefingStaticView(props: {
  name: ViewName;
  bundle: Bundle;
  href: string;
  /** Tells this region from the same view on other pages: "slide 3". */
  place: string;
}) {
  const { name, bundle, href } = props;
  const { label } = VIEW_REGISTRY[name];
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const { Component } = VIEW_REGISTRY[name];
    const view = (
      <ViewErrorBoundary name={label} resetKey={bundle.id}>
        <Suspense fallback={<p className="view-loading">Loading the {label.toLowerCase()}…</p>}>
          <Component bundle={bundle} />
        </Suspense>
      </ViewErrorBoundary>
    );
    const router = createMemoryRouter(
      [
        { path: '/b/:bundleId/briefing/:slide', element: view },
        { path: '*', element: view },
      ],
      { initialEntries: [href] },
    );
    const root = createRoot(element);
    root.render(<RouterProvider router={router} />);
    // Unmounted after this commit: a root may not be unmounted while React is rendering.
    return () => void setTimeout(() => root.unmount(), 0);
  }, [name, label, bundle, href]);

  return (
    <section className="deck-view" aria-label={`${label}, ${props.place}`} data-view-region={name}>
      <div ref={host} className="deck-static-host" />
    </section>
  );
}

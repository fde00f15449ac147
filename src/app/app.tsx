import { useState } from 'react';
import { createHashRouter } from 'react-router';
// The DOM build of the provider: it carries ReactDOM.flushSync, without which a navigation's
// `flushSync` option is ignored and every URL change renders as a transition.
import { RouterProvider } from 'react-router/dom';
import { BundleStoreProvider } from './bundle-store';
import { RootLayout } from './root-layout';
import { HomeRedirect } from './home-redirect';
import { WorkspacePage } from './workspace-page';
import { briefingRoutes } from './briefing/briefing-routes';
import type { EmbeddedStory } from './briefing/briefing-embedded';
import { NotFoundPage } from './not-found-page';
import { NewStoryRoute } from './new-story-route';
import { RouteErrorPage } from './route-error-page';
import { UrlViewState } from '../view-state/url-view-state';

// Hash routing: deep links survive a reload on any static host, under any sub-path, and from file://.
// Made when the app mounts, so boot decides the first location before the router reads it.
const createRouter = () =>
  createHashRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          path: 'b/:bundleId',
          element: (
            <UrlViewState mode="workspace">
              <WorkspacePage />
            </UrlViewState>
          ),
        },
        { path: 'new', element: <NewStoryRoute /> },
        { path: 'edit/:bundleId', element: <NewStoryRoute /> },
        ...briefingRoutes,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);

/**
 * The app; `embedded` is the story a standalone briefing file carries, read once at boot;
 * `standalone` is true in the single-file app, which fetches nothing.
 */
export function App(props: { embedded: EmbeddedStory | null; standalone?: boolean }) {
  const [router] = useState(createRouter);
  return (
    <BundleStoreProvider embedded={props.embedded} standalone={props.standalone ?? false}>
      <RouterProvider router={router} />
    </BundleStoreProvider>
  );
}

import { createHashRouter, RouterProvider } from 'react-router';
import { BundleStoreProvider } from './bundle-store';
import { RootLayout } from './root-layout';
import { HomeRedirect } from './home-redirect';
import { WorkspacePage } from './workspace-page';
import { briefingRoutes } from './briefing-routes';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';
import { UrlViewState } from '../view-state/url-view-state';

// Hash routing: deep links survive a reload on any static host, under any sub-path, and from file://.
const router = createHashRouter([
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
      ...briefingRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <BundleStoreProvider>
      <RouterProvider router={router} />
    </BundleStoreProvider>
  );
}

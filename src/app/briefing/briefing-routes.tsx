import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { UrlViewState } from '../../view-state/url-view-state';

// The briefing pages load on first use: the presenter, editor and handout are not needed to
// read a story, and keeping them out of the first load keeps it under budget.
const BriefingPage = lazy(() =>
  import('./briefing-page').then((m) => ({ default: m.BriefingPage })),
);
const BriefingEditPage = lazy(() =>
  import('./briefing-edit-page').then((m) => ({ default: m.BriefingEditPage })),
);
const BriefingPrintPage = lazy(() =>
  import('./briefing-print-page').then((m) => ({ default: m.BriefingPrintPage })),
);

const BriefingPresenterViewPage = lazy(() =>
  import('./briefing-presenter-view-page').then((m) => ({
    default: m.BriefingPresenterViewPage,
  })),
);
const BriefingDrawingProvider = lazy(() =>
  import('./briefing-drawing-provider').then((m) => ({ default: m.BriefingDrawingProvider })),
);

function Loading(props: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <main className="loading-screen" aria-busy="true">
          <h1 className="workspace-loading">Loading the briefing…</h1>
        </main>
      }
    >
      <BriefingDrawingProvider>{props.children}</BriefingDrawingProvider>
    </Suspense>
  );
}

/**
 * #/b/:id/briefing[/:slide] presents, #/b/:id/briefing-presenter/:slide is the presenter view
 * (notes, next slide, timer), #/b/:id/briefing-edit edits, #/b/:id/briefing-print prints.
 */
export const briefingRoutes: RouteObject[] = [
  {
    path: 'b/:bundleId/briefing',
    element: (
      // The presenter's route declares its mode: its slide number is in the path.
      <UrlViewState mode="briefing">
        <Loading>
          <BriefingPage />
        </Loading>
      </UrlViewState>
    ),
  },
  {
    path: 'b/:bundleId/briefing/:slide',
    element: (
      // The presenter's route declares its mode: its slide number is in the path.
      <UrlViewState mode="briefing">
        <Loading>
          <BriefingPage />
        </Loading>
      </UrlViewState>
    ),
  },
  {
    path: 'b/:bundleId/briefing-edit',
    element: (
      <Loading>
        <BriefingEditPage />
      </Loading>
    ),
  },
  {
    path: 'b/:bundleId/briefing-presenter/:slide',
    element: (
      <Loading>
        <BriefingPresenterViewPage />
      </Loading>
    ),
  },
  {
    path: 'b/:bundleId/briefing-print',
    element: (
      <Loading>
        <BriefingPrintPage />
      </Loading>
    ),
  },
];

import { Suspense } from 'react';
import type { Bundle } from '../../bundle/bundle-schema';
import type { ViewName } from '../../view-state/view-state';
import { VIEW_REGISTRY } from '../view-registry';
import { ViewErrorBoundary } from '../view-error-boundary';
import { FocusProvider } from '../../view-state/focus-context';

/**
 * One of a slide's views, live from the registry, in a region named like the workspace's
 * ("Network", "Map"), so tests and screen readers find it the same way. data-view-region marks
 * it for the slide picture export.
 */
export function BriefingViewRegion(props: { name: ViewName; bundle: Bundle }) {
  const { label, Component } = VIEW_REGISTRY[props.name];
  return (
    <section className="deck-view" aria-label={label} data-view-region={props.name}>
      <FocusProvider bundle={props.bundle}>
        <ViewErrorBoundary name={label} resetKey={props.bundle.id}>
          <Suspense fallback={<p className="view-loading">Loading the {label.toLowerCase()}…</p>}>
            <Component bundle={props.bundle} />
          </Suspense>
        </ViewErrorBoundary>
      </FocusProvider>
    </section>
  );
}

import { Suspense } from 'react';
import type { Bundle } from '../../bundle/bundle-schema';
import type { ViewName, ViewState } from '../../view-state/view-state';
import { FixedViewState } from '../../view-state/fixed-view-state';
import { FocusProvider } from '../../view-state/focus-context';
import { VIEW_REGISTRY } from '../view-registry';
import { ViewErrorBoundary } from '../view-error-boundary';

/**
 * A view drawn for a given state instead of the page's: the handout shows every slide's views at
 * once, each with its own selection and date. Views read their state from the provider, so a
 * fixed value is all it takes: no router and no second React root.
 */
export function BriefingStaticView(props: {
  name: ViewName;
  bundle: Bundle;
  state: ViewState;
  /** Tells this region from the same view on other pages: "slide 3". */
  place: string;
}) {
  const { name, bundle, state } = props;
  const { label, Component } = VIEW_REGISTRY[name];
  return (
    <section className="deck-view" aria-label={`${label}, ${props.place}`} data-view-region={name}>
      <div className="deck-static-host">
        <FixedViewState state={state}>
          <FocusProvider bundle={bundle}>
            <ViewErrorBoundary name={label} resetKey={bundle.id}>
              <Suspense
                fallback={<p className="view-loading">Loading the {label.toLowerCase()}…</p>}
              >
                <Component bundle={bundle} />
              </Suspense>
            </ViewErrorBoundary>
          </FocusProvider>
        </FixedViewState>
      </div>
    </section>
  );
}

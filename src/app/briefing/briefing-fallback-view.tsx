import { Suspense } from 'react';
import type { Bundle } from '../../bundle/bundle-schema';
import type { ViewName, ViewState } from '../../view-state/view-state';
import { FixedViewState } from '../../view-state/fixed-view-state';
import { FocusProvider } from '../../view-state/focus-context';
import { VIEW_REGISTRY } from '../view-registry';
import { ViewErrorBoundary } from '../view-error-boundary';

/**
 * Stand-in for a view that has no scene module yet: its component, drawn for the slide's state
 * through a fixed provider. The slide shows it inert, so it cannot take a click or a key. It
 * goes away when every view draws from a scene.
 */
export function BriefingFallbackView(props: { name: ViewName; bundle: Bundle; state: ViewState }) {
  const { name, bundle, state } = props;
  const { label, Component } = VIEW_REGISTRY[name];
  return (
    <FixedViewState state={state}>
      <FocusProvider bundle={bundle}>
        <ViewErrorBoundary name={label} resetKey={bundle.id}>
          <Suspense fallback={<p className="view-loading">Loading the {label.toLowerCase()}…</p>}>
            <Component bundle={bundle} />
          </Suspense>
        </ViewErrorBoundary>
      </FocusProvider>
    </FixedViewState>
  );
}

import { Suspense, useMemo, useState } from 'react';
import type { Bundle } from '../bundle/bundle-schema';
import { useElementSize } from '../ui/use-element-size';
import { useViewState } from '../view-state/use-view-state';
import type { ViewName } from '../view-state/view-state';
import { arrangeViews } from './arrange-views';
import { ViewErrorBoundary } from './view-error-boundary';
import { VIEW_REGISTRY } from './view-registry';
import './views-pane.css';

/**
 * The views beside the article, arranged to fit (`arrangeViews`): side by side, stacked, the
 * timeline as a strip, or, when the pane has no room for all of them at a readable size, one at
 * a time behind tabs with a sentence saying so. On a phone the workspace's pane tabs pick one
 * pane and this draws only that view.
 */
export function ViewsPane(props: { bundle: Bundle; narrow: boolean }) {
  const { bundle, narrow } = props;
  const { state, update } = useViewState();
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const size = useElementSize(element);
  const arrangement = useMemo(() => arrangeViews(state.views, size), [state.views, size]);
  const measured = size.width > 0 && size.height > 0;
  const tabbed = !narrow && measured && arrangement.kind === 'tabs';
  const active: ViewName = state.views.find((v) => v === state.pane) ?? state.views[0] ?? 'network';

  // Drawn: on a phone only the chosen pane; with tabs only the active view; else every view once
  // the pane has a size (a view laid out in a 0×0 box would only be laid out again).
  const drawn = (name: ViewName) =>
    narrow ? state.pane === name : tabbed ? name === active : measured;

  const style =
    !narrow && arrangement.kind === 'grid'
      ? {
          gridTemplateColumns: arrangement.columns,
          gridTemplateRows: arrangement.rows,
          gridTemplateAreas: arrangement.areas.map((a) => `"${a}"`).join(' '),
        }
      : undefined;

  return (
    <div
      ref={setElement}
      className="pane-views"
      data-layout={narrow ? 'phone' : arrangement.kind === 'grid' ? arrangement.layout : 'tabs'}
      style={style}
    >
      {tabbed && (
        <div className="views-tabs">
          <div role="tablist" aria-label="Views" className="views-tablist">
            {state.views.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`views-tab-${name}`}
                aria-selected={name === active}
                aria-controls={`view-${name}`}
                tabIndex={name === active ? 0 : -1}
                className="views-tab"
                onClick={() => update({ pane: name }, { replace: true })}
                onKeyDown={(event) => {
                  const i = state.views.indexOf(name);
                  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                  if (step === 0) return;
                  event.preventDefault();
                  const next = state.views[(i + step + state.views.length) % state.views.length];
                  if (next) {
                    update({ pane: next }, { replace: true });
                    document.getElementById(`views-tab-${next}`)?.focus();
                  }
                }}
              >
                {VIEW_REGISTRY[name].label}
              </button>
            ))}
          </div>
          <p className="views-tabs-note" role="note">
            No room for {state.views.length} views together here: one at a time. Widen the window or
            drag the divider to see them side by side.
          </p>
        </div>
      )}
      {state.views.map((name) => {
        const { label, Component } = VIEW_REGISTRY[name];
        // Behind a tab the region stays, empty and hidden, so its skip link has a target.
        const away = tabbed && name !== active;
        return (
          <section
            key={name}
            id={`view-${name}`}
            className="pane pane-view"
            aria-label={label}
            data-pane-name={name}
            tabIndex={-1}
            hidden={away}
            style={style ? { gridArea: name } : undefined}
          >
            <ViewErrorBoundary name={label} resetKey={bundle.id}>
              <Suspense
                fallback={<p className="view-loading">Loading the {label.toLowerCase()}…</p>}
              >
                {!away && drawn(name) && <Component bundle={bundle} />}
              </Suspense>
            </ViewErrorBoundary>
          </section>
        );
      })}
    </div>
  );
}

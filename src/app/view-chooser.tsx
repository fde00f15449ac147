import { useViewState } from '../view-state/use-view-state';
import { MAX_VIEWS, VIEW_NAMES, type ViewName } from '../view-state/view-state';
import { VIEW_REGISTRY } from './view-registry';

/**
 * Toggles which views sit beside the article (all three fit; the views pane says when the window
 * has no room to show them together); the choice lives in the URL.
 */
export function ViewChooser() {
  const { state, update } = useViewState();
  const toggle = (name: ViewName) => {
    const on = state.views.includes(name);
    const views = on
      ? state.views.filter((v) => v !== name)
      : [...state.views, name].slice(-MAX_VIEWS);
    // Keep the URL's order stable whatever order the buttons were pressed in.
    const ordered = VIEW_NAMES.filter((v) => views.includes(v));
    update({ views: ordered, pane: on && state.pane === name ? 'article' : state.pane });
  };
  return (
    <div role="group" aria-label="Views beside the article" className="view-chooser">
      {VIEW_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          className="button"
          aria-pressed={state.views.includes(name)}
          onClick={() => toggle(name)}
        >
          {VIEW_REGISTRY[name].label}
        </button>
      ))}
    </div>
  );
}

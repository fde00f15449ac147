import { useViewState } from '../view-state/use-view-state';
import type { PaneName } from '../view-state/view-state';
import { VIEW_REGISTRY } from './view-registry';

/** On a phone, one pane at a time: these tabs pick it (CSS hides them on wider screens). */
export function PaneTabs() {
  const { state, update } = useViewState();
  const panes: { name: PaneName; label: string }[] = [
    { name: 'article', label: 'Article' },
    ...state.views.map((v) => ({ name: v as PaneName, label: VIEW_REGISTRY[v].label })),
    { name: 'inspector', label: state.selection ? 'Details •' : 'Details' },
  ];
  const current = panes.some((p) => p.name === state.pane) ? state.pane : 'article';
  return (
    <nav className="pane-tabs" aria-label="Panes">
      {panes.map((p) => (
        <button
          key={p.name}
          type="button"
          className="pane-tab"
          aria-current={current === p.name ? 'page' : undefined}
          onClick={() => update({ pane: p.name }, { replace: true })}
        >
          {p.label}
        </button>
      ))}
    </nav>
  );
}

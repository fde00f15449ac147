import type { MouseEvent } from 'react';
import { useViewState } from '../view-state/use-view-state';
import type { PaneName } from '../view-state/view-state';
import { focusRegion } from './focus-region';
import { VIEW_REGISTRY } from './view-registry';

/**
 * The first stops of the page for a keyboard: one link to each region drawn beside the header.
 * Hash routing owns the URL's fragment, so a link moves focus itself instead of navigating.
 */
export function SkipLinks() {
  const { state, update } = useViewState();
  const targets: { id: string; label: string; pane: PaneName }[] = [
    { id: 'article-pane', label: 'article', pane: 'article' },
    ...state.views.map((v) => ({
      id: `view-${v}`,
      label: VIEW_REGISTRY[v].label.toLowerCase(),
      pane: v,
    })),
    { id: 'inspector-pane', label: 'inspector', pane: 'inspector' },
  ];
  const go = (event: MouseEvent<HTMLAnchorElement>, id: string, pane: PaneName) => {
    event.preventDefault();
    if (focusRegion(document.getElementById(id))) return;
    // Not drawn (a phone's other pane, a view behind tabs): show it, then move focus there.
    update({ pane }, { replace: true });
    requestAnimationFrame(() => focusRegion(document.getElementById(id)));
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map((t) => (
        <a key={t.id} className="skip-link" href={`#${t.id}`} onClick={(e) => go(e, t.id, t.pane)}>
          Skip to the {t.label}
        </a>
      ))}
    </nav>
  );
}

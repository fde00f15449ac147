/**
 * Moves keyboard focus into a region: to its `[data-focus-entry]` element when the region names
 * one (the diagram itself, past its toolbar), else to the region, made focusable for the moment
 * with tabindex -1 so the next Tab goes to its first control. Returns whether focus moved.
 */
export function focusRegion(region: HTMLElement | null): boolean {
  if (region === null || region.getClientRects().length === 0) return false;
  const entry = region.querySelector<HTMLElement>('[data-focus-entry]');
  const target = entry && entry.getClientRects().length > 0 ? entry : region;
  if (target === region && !region.hasAttribute('tabindex')) region.tabIndex = -1;
  target.focus({ preventScroll: false });
  return document.activeElement === target;
}

/** The workspace's regions in reading order, as F6 visits them: only those drawn on screen. */
export function workspaceRegions(root: ParentNode = document): HTMLElement[] {
  const selectors = ['.app-header', '#article-pane', '.pane-views > .pane-view', '.pane-inspector'];
  return selectors
    .flatMap((s) => [...root.querySelectorAll<HTMLElement>(s)])
    .filter((el) => el.getClientRects().length > 0);
}

/**
 * The region after (or before) the one holding `active`, wrapping round; the first region when
 * focus is in none of them.
 */
export function nextRegion(
  regions: readonly HTMLElement[],
  active: Element | null,
  backwards: boolean,
): HTMLElement | null {
  if (regions.length === 0) return null;
  const current = active ? regions.findIndex((r) => r.contains(active)) : -1;
  if (current === -1) return (backwards ? regions[regions.length - 1] : regions[0]) ?? null;
  const step = backwards ? -1 : 1;
  return regions[(current + step + regions.length) % regions.length] ?? null;
}

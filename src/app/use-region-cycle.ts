import { useEffect } from 'react';
import { focusRegion, nextRegion, workspaceRegions } from './focus-region';

/**
 * F6 and Shift+F6 move focus between the workspace's regions (header, article, each view,
 * inspector), as in a browser or an office suite: one key press instead of tabbing through every
 * mark of a diagram.
 */
export function useRegionCycle(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      const target = nextRegion(workspaceRegions(), document.activeElement, event.shiftKey);
      if (target === null) return;
      event.preventDefault();
      focusRegion(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

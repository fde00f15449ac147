import { useEffect } from 'react';

/** Escape clears the selection, unless it belongs to a dialog, a field or a view that used it. */
export function useEscapeClearsSelection(active: boolean, clear: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('dialog, input, textarea, select')) return;
      if (document.querySelector('dialog[open]')) return;
      clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, clear]);
}

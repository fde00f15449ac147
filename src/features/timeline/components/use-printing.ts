import { useSyncExternalStore } from 'react';

let printing = false;
const listeners = new Set<() => void>();
const set = (value: boolean) => () => {
  printing = value;
  for (const l of listeners) l();
};

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    }
  };
}
const onBefore = set(true);
const onAfter = set(false);

/**
 * Is the page being printed (between beforeprint and afterprint)? A copy drawn only for print
 * (the events table of a long story) waits for it instead of sitting hidden in the page.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

import { useSyncExternalStore } from 'react';
import type { SlideTheme } from './slide-drawing';

function current(): SlideTheme {
  const forced = document.documentElement.dataset.theme;
  if (forced === 'dark' || forced === 'light') return forced;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

/**
 * The theme slides are drawn in: the app's choice (data-theme on the root) or the system's.
 * Pictures carry their colours as values, so they are redrawn when it changes.
 */
export function useSlideTheme(): SlideTheme {
  return useSyncExternalStore(subscribe, current, () => 'light');
}

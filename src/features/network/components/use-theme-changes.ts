import { useEffect, useState } from 'react';

/**
 * A number that changes whenever the page's theme may have changed (the resolved data-theme on
 * <html>, or the system's light or dark), so a canvas reads its colours again and redraws.
 */
export function useThemeChanges(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((t) => t + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', bump);
    };
  }, []);
  return tick;
}

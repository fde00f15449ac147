import { useCallback, useEffect, useState } from 'react';
import { THEME_STORAGE_KEY, type ThemePreference } from './theme-preference';
import { applyTheme, DARK_QUERY, readStoredTheme, resolveTheme } from './apply-theme';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Theme preference, remembered in localStorage, applied as the resolved data-theme on <html>.
 * While the preference is "system", a change of the system's theme is followed at once.
 */
export function useTheme(): [ThemePreference, (next: ThemePreference) => void] {
  const [preference, setPreference] = useState<ThemePreference>(() => readStoredTheme(storage()));

  useEffect(() => {
    const root = document.documentElement;
    const query = window.matchMedia(DARK_QUERY);
    const apply = () => applyTheme(root, resolveTheme(preference, query.matches));
    apply();
    if (preference !== 'system') return;
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [preference]);

  const choose = useCallback((next: ThemePreference) => {
    setPreference(next);
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private mode or a full disk: the theme still applies for this visit.
    }
  }, []);

  return [preference, choose];
}

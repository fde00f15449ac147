import { useCallback, useEffect, useState } from 'react';
import { parseThemePreference, THEME_STORAGE_KEY, type ThemePreference } from './theme-preference';

function readStored(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** Theme preference, remembered in localStorage and applied as data-theme on <html>. */
export function useTheme(): [ThemePreference, (next: ThemePreference) => void] {
  const [preference, setPreference] = useState<ThemePreference>(readStored);

  useEffect(() => {
    const root = document.documentElement;
    if (preference === 'system') delete root.dataset.theme;
    else root.dataset.theme = preference;
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

import { parseThemePreference, THEME_STORAGE_KEY, type ThemePreference } from './theme-preference';

/** The media query of a dark system theme. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme a preference gives on a system that prefers dark or not. */
export function resolveTheme(preference: ThemePreference, systemDark: boolean): 'light' | 'dark' {
  return preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
}

/** The stored preference; anything unreadable (private mode, a corrupted value) is system. */
export function readStoredTheme(storage: Pick<Storage, 'getItem'> | null): ThemePreference {
  try {
    return parseThemePreference(storage?.getItem(THEME_STORAGE_KEY) ?? null);
  } catch {
    return 'system';
  }
}

/**
 * Writes the resolved theme on <html> as data-theme="light" | "dark": the one attribute every
 * stylesheet reads (src/ui/theme-palette.css), so no stylesheet repeats its dark colours under a
 * prefers-color-scheme query. Called at boot, before the first render, and on every change.
 */
export function applyTheme(root: HTMLElement, theme: 'light' | 'dark'): void {
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
}

/** What the user chose: follow the system, or force one theme. */
export type ThemePreference = 'system' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'article-atlas:theme';
const CHOICES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** Stored text back to a preference; anything else (corrupted, old) is system. */
export function parseThemePreference(stored: string | null): ThemePreference {
  return CHOICES.includes(stored as ThemePreference) ? (stored as ThemePreference) : 'system';
}

/** The cycle the header button walks through. */
export function nextThemePreference(current: ThemePreference): ThemePreference {
  const i = CHOICES.indexOf(current);
  return CHOICES[(i + 1) % CHOICES.length] ?? 'system';
}

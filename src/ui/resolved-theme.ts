/**
 * The theme the page is drawn in now: the user's choice on `<html data-theme>`, else the
 * system's. For writers that take a theme by name (an exported picture matches the screen);
 * no colour is read from the page, only which of the two palette tables applies.
 */
export function resolvedTheme(): 'light' | 'dark' {
  if (typeof document === 'undefined') return 'light';
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

import './ui/theme-palette.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { openEmbeddedOnFirstSlide, readEmbeddedStory } from './app/briefing/briefing-embedded';
import './app/styles.css';
import { applyTheme, DARK_QUERY, readStoredTheme, resolveTheme } from './app/theme/apply-theme';

// The theme before the first paint: a dark system (or a stored "dark") never flashes light.
let stored: Storage | null = null;
try {
  stored = window.localStorage;
} catch {
  // Storage blocked: the system's theme applies.
}
applyTheme(
  document.documentElement,
  resolveTheme(readStoredTheme(stored), window.matchMedia(DARK_QUERY).matches),
);

// A standalone briefing file carries its story in the page: read it once, before React renders
// into #root (the export copies the page as it was) and before the router reads the location.
const embedded = readEmbeddedStory(document);
openEmbeddedOnFirstSlide(embedded, window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App embedded={embedded} />
    </StrictMode>,
  );
}

import './ui/theme-palette.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { openEmbeddedOnFirstSlide, readEmbeddedStory } from './app/briefing/briefing-embedded';
import { framedByAnotherOrigin, isStandaloneFile } from './app/boot-checks';
import { FramedRefusal } from './app/framed-refusal';
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

const root = document.getElementById('root');

// A standalone briefing file carries its story in the page: read it once, before React renders
// into #root (the export copies the page as it was) and before the router reads the location.
const embedded = readEmbeddedStory(document);
openEmbeddedOnFirstSlide(embedded, window);

if (root && framedByAnotherOrigin(window)) {
  // Before anything else: a page framed by another site shows why and runs nothing of the app.
  createRoot(root).render(<FramedRefusal href={window.location.href} />);
} else if (root) {
  createRoot(root).render(
    <StrictMode>
      <App embedded={embedded} standalone={isStandaloneFile(document)} />
    </StrictMode>,
  );
}

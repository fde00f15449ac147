import './ui/theme-palette.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import {
  carriesEmbeddedStory,
  openEmbeddedOnFirstSlide,
  type EmbeddedStory,
} from './app/briefing/briefing-embedded';
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

function render(embedded: EmbeddedStory | null): void {
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
}

// A standalone briefing file carries its story in the page: read it once, before React renders
// into #root (the export copies the page as it was) and before the router reads the location.
// Its check (zod) is imported only then, so a served page's first load does not carry it; a
// plain dynamic import, not a top-level await, which split the first load into 38 chunks.
if (carriesEmbeddedStory(document))
  void import('./app/briefing/read-embedded-story').then(
    (m) => render(m.readEmbeddedStory(document)),
    (error: unknown) =>
      render({
        ok: false,
        issues: [
          {
            path: '(file)',
            item: 'this file',
            field: 'briefing',
            message: `the story checker did not load (${error instanceof Error ? error.message : String(error)})`,
          },
        ],
      }),
  );
else render(null);

import type { Bundle } from '../../bundle/bundle-schema';
import { type Deck } from '../../features/briefing/briefing-api';
import { downloadText } from '../../lib/download-file';
import { safeFileName } from '../../lib/safe-file-name';
import { injectEmbedded } from '../../features/briefing/standalone-file';
import type { EmbeddedStory } from './briefing-embedded';

const BASE_URL = import.meta.env.BASE_URL;

/** The single-file build marks itself, so a host's fallback page is never taken for it. */
export const STANDALONE_MARKER = 'name="article-atlas-standalone"';

async function standaloneTemplate(embedded: EmbeddedStory | null): Promise<string> {
  // Opened from a file, the page cannot fetch; it exports itself, as it was before it ran.
  if (embedded?.ok) return embedded.template;
  let response: Response;
  try {
    response = await fetch(`${BASE_URL}standalone.html`);
  } catch {
    throw new Error('standalone.html could not be loaded from this site.');
  }
  const text = response.ok ? await response.text() : '';
  if (!text.includes(STANDALONE_MARKER))
    throw new Error(
      'this build has no standalone.html. It is made by “npm run build” (the development server does not make it).',
    );
  return text;
}

/**
 * Downloads the briefing as one HTML file: the app, the story and the deck in a single page
 * that opens from a USB stick with no server and no network. Returns a sentence for the status.
 */
export async function exportBriefingHtml(
  bundle: Bundle,
  deck: Deck,
  embedded: EmbeddedStory | null,
): Promise<string> {
  const template = await standaloneTemplate(embedded);
  const title = `${deck.title ?? bundle.article.title} · Briefing`;
  const html = injectEmbedded(template, { bundle, deck }, title);
  const name = `${safeFileName(bundle.id, 'briefing')}.html`;
  downloadText(name, html, 'text/html');
  const size = `${(new Blob([html]).size / 1024 / 1024).toFixed(1)} MB`;
  return `Saved ${name} (${size}, ${deck.slides.length} slides). It opens by double-click from any folder or USB stick, with no network.`;
}

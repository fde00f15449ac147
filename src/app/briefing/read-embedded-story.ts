import { validateBundle } from '../../bundle/validate-bundle';
import { EMBEDDED_ID, splitEmbedded } from '../../features/briefing/standalone-file';
import type { EmbeddedStory } from './briefing-embedded';

/**
 * The story a standalone briefing file carries, read from the page once at boot (main.tsx),
 * before React renders into #root; null when the app was served normally. main.tsx imports this
 * module only when the page carries a story, keeping the validator out of the first load.
 */
export function readEmbeddedStory(doc: Document): EmbeddedStory | null {
  const element = doc.getElementById(EMBEDDED_ID);
  if (element === null || element.textContent === null) return null;
  // Taken before React renders into #root: the inline script and style are byte for byte the
  // originals, so their CSP hashes still hold in a file exported from this one.
  const template = `<!doctype html>\n${doc.documentElement.outerHTML}`;
  const parts = splitEmbedded(element.textContent);
  if (!parts.ok)
    return {
      ok: false,
      issues: [{ path: '(file)', item: 'this file', field: 'briefing', message: parts.message }],
    };
  const checked = validateBundle(parts.bundle);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  return { ok: true, bundle: checked.bundle, deck: parts.deck, template };
}

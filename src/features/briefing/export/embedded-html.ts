import { escapeXml } from '../../../lib/escape-xml';
/** The id of the JSON data block a standalone briefing carries. */
export const EMBEDDED_ID = 'atlas-embedded';

/** The format tag of the embedded payload: { format, bundle, deck }. */
export const EMBEDDED_FORMAT = 'article-atlas/embedded@1';

const BLOCK = new RegExp(
  `<script type="application/json" id="${EMBEDDED_ID}">[\\s\\S]*?</script>\\s*`,
  'g',
);

/**
 * JSON that cannot end or confuse the script element holding it: every "<" becomes \u003c,
 * which JSON.parse reads back as "<". That covers "</script", "<!--" and "<script" in any case.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The standalone app with a story and its deck inside: the data block goes just before </body>
 * (replacing any block already there), and the page title names the briefing. The data block is
 * not executable, so it needs no CSP hash; the app's inline script and its hash are untouched.
 */
export function injectEmbedded(
  html: string,
  payload: { bundle: unknown; deck: unknown },
  title: string,
): string {
  const block = `<script type="application/json" id="${EMBEDDED_ID}">${jsonForScript({
    format: EMBEDDED_FORMAT,
    bundle: payload.bundle,
    deck: payload.deck,
  })}</script>\n`;
  const cleaned = html.replace(BLOCK, '');
  const at = cleaned.lastIndexOf('</body>');
  if (at === -1) throw new Error('The standalone file has no </body>; it cannot carry a briefing.');
  const titled = `${cleaned.slice(0, at)}${block}${cleaned.slice(at)}`.replace(
    /<title>[^<]*<\/title>/,
    // A function, so "$&" in a title is not read as a replacement pattern.
    () => `<title>${escapeXml(title)}</title>`,
  );
  return titled;
}

/** The two parts of an embedded payload, unchecked; the app validates each. */
export function splitEmbedded(
  text: string,
): { ok: true; bundle: unknown; deck: unknown } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `The briefing in this file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (
    data === null ||
    typeof data !== 'object' ||
    !('format' in data) ||
    data.format !== EMBEDDED_FORMAT
  )
    return {
      ok: false,
      message: `The briefing in this file is not of the format “${EMBEDDED_FORMAT}”.`,
    };
  return {
    ok: true,
    bundle: 'bundle' in data ? data.bundle : undefined,
    deck: 'deck' in data ? data.deck : undefined,
  };
}

/**
 * The briefing as one HTML file, for the app: reading the story and deck a standalone file
 * carries (at boot, in the first load) and writing them into a new one. Pure and small, so the
 * first load takes nothing else of the briefing feature.
 */
export { EMBEDDED_ID, injectEmbedded, splitEmbedded } from './export/embedded-html';

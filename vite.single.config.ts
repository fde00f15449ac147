import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * The single-file build: the whole app (every lazy view, the geography, the CSS) inlined into
 * one standalone.html, which the app's "Export briefing as HTML" fills with a story and a deck.
 * `npm run build:single` makes it alone; the main build makes it too (standaloneAfterBuild in
 * vite.config.ts).
 */
export const STANDALONE_FILE = 'standalone.html';

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The standalone file's policy: its own inline script and style by hash, pictures from data:
 * and blob: (slide export), and nothing else: no other script, no fetch, no network at all.
 * Hashes, not 'unsafe-inline': a script injected into an exported file would not run.
 * The embedded story is a JSON data block, never executed, so it needs no hash.
 */
export function standaloneCsp(html: string): string {
  const scripts = [
    ...html.matchAll(/<script(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g),
  ];
  // Styles are looked for outside the scripts, and by the whole tag name: the inlined code holds
  // markup in strings (pptxgenjs writes "<styleSheet …>"), which is not a style element.
  const outsideScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const styles = [...outsideScripts.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)];
  return [
    "default-src 'none'",
    `script-src ${scripts.map((m) => sha256(m[1] ?? '')).join(' ')}`,
    `style-src ${styles.map((m) => sha256(m[1] ?? '')).join(' ')}`,
    'img-src data: blob:',
    // The bundle check's worker travels inside the file and starts from a blob: URL.
    'worker-src blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Marks the file, inlines the favicon (a file:// page may load nothing), then adds the CSP. */
function standaloneHtmlPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'article-atlas-standalone-html',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const icon = readFileSync('public/favicon.svg');
        return html
          .replace(
            '<meta charset="UTF-8" />',
            '<meta charset="UTF-8" />\n    <meta name="article-atlas-standalone" content="1" />',
          )
          .replace(
            /href="favicon\.svg"/,
            `href="data:image/svg+xml;base64,${icon.toString('base64')}"`,
          );
      },
    },
    // After the single-file plugin has inlined everything: the hashes must cover the final text.
    writeBundle() {
      const file = resolve(outDir, STANDALONE_FILE);
      const html = readFileSync(file, 'utf8');
      const csp = `<meta http-equiv="Content-Security-Policy" content="${standaloneCsp(html)}" />`;
      writeFileSync(
        file,
        html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${csp}`),
      );
    },
  };
}

export default defineConfig({
  base: './',
  // A file opened from disk can load no other file: the worker is inlined (started from a blob:).
  resolve: {
    alias: [
      { find: /^\.\/start-bundle-worker$/, replacement: './start-bundle-worker-inline' },
      { find: /^(.*)\/start-suggest-worker$/, replacement: '$1/start-suggest-worker-inline' },
      { find: /^\.\/start-search-worker$/, replacement: './start-search-worker-inline' },
    ],
  },
  // The story and geography travel inside the file; public/ (bundles, decks) is not copied.
  publicDir: false,
  plugins: [
    react(),
    viteSingleFile({ outputFileName: STANDALONE_FILE, removeViteModuleLoader: true }),
    standaloneHtmlPlugin(),
  ],
  build: { target: 'es2022', sourcemap: false, emptyOutDir: false, reportCompressedSize: false },
});

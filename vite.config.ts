import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy is added to the built index.html only: the dev server injects
 * inline styles and a websocket client that a strict policy would block.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The bundle check runs in a worker served from the app's own files (src/bundle/worker/).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function cspPlugin(): Plugin {
  return {
    name: 'article-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        );
      },
    },
  };
}

/**
 * The story list and the first story are fetched by the app's first render; preloading them lets
 * the browser fetch them while the script downloads instead of after it runs.
 */
function preloadFirstBundlePlugin(): Plugin {
  return {
    name: 'article-atlas-preload-first-bundle',
    apply: 'build',
    transformIndexHtml() {
      const files = ['bundles/index.json'];
      try {
        const index = JSON.parse(readFileSync('public/bundles/index.json', 'utf8')) as {
          bundles?: { file?: unknown }[];
        };
        const first = index.bundles?.[0]?.file;
        if (typeof first === 'string' && /^[\w.-]+\.json$/.test(first))
          files.push(`bundles/${first}`);
      } catch {
        // No readable index: the app reports that itself at run time.
      }
      return files.map((href) => ({
        tag: 'link',
        attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
    },
  };
}

/**
 * Every build also emits standalone.html (the single-file app of vite.single.config.ts) into its
 * own output folder, so "Export briefing as HTML" works from any build, e2e runs included.
 */
function standaloneAfterBuild(): Plugin {
  let outDir = 'dist';
  let root = '.';
  return {
    name: 'article-atlas-standalone-after-build',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: resolve(root, 'vite.single.config.ts'),
        build: { outDir, emptyOutDir: false },
        logLevel: 'warn',
      });
    },
  };
}

// Relative base by default: with hash routing the build works from any folder of any static host.
const base = process.env.BASE_PATH ?? './';

export default defineConfig({
  base,
  plugins: [react(), cspPlugin(), preloadFirstBundlePlugin(), standaloneAfterBuild()],
  // The lazy map chunk carries Natural Earth 1:50m (~830 kB raw); the first-load budget is in bench/.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
});

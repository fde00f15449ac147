import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  firstLoad: boolean;
}

/**
 * The files index.html loads before anything else: its module entry, every modulepreload and
 * its stylesheets.
 * Lazy chunks (views) load later and do not count against the first-load budget.
 */
export function firstLoadScripts(indexHtml: string): string[] {
  const files = new Set<string>();
  for (const m of indexHtml.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g))
    files.add(m[1]!);
  for (const m of indexHtml.matchAll(
    /<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g,
  ))
    files.add(m[1]!);
  return [...files].map((f) => f.replace(/^\.?\//, ''));
}

export function measureChunk(file: string, contents: Buffer, firstLoad: boolean): ChunkSize {
  return { file, raw: contents.length, gzip: gzipSync(contents, { level: 9 }).length, firstLoad };
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

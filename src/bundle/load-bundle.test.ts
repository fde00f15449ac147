import { describe, expect, it } from 'vitest';
import type { BundleIndex } from './bundle-index-schema';
import { describeLoadError } from './bundle-load-error';
import { seedBundle, seedBundleText, SEED_BUNDLE_ID } from './fixtures/seed-bundle';
import { tinyBundle } from './fixtures/tiny-bundle';
import { loadBundle, loadBundleIndex } from './load-bundle';

const BASE = 'https://atlas.test/app/';

/**
 * A web server as files: each URL answers with its text, an HTTP status, or a failure to
 * connect. It records what was asked for, so a test can see which file was requested.
 */
function server(files: Record<string, string | number | Error>) {
  const asked: string[] = [];
  const fetcher = async (url: string): Promise<Response> => {
    asked.push(url);
    const file = files[url];
    if (file instanceof Error) throw file;
    if (file === undefined) return new Response('not found', { status: 404 });
    if (typeof file === 'number') return new Response('', { status: file });
    return new Response(file, { status: 200 });
  };
  return { fetcher, asked };
}

const entry = (id: string, file: string) => ({
  id,
  file,
  title: `Story ${id}`,
  publisher: 'The Test Gazette',
  published: '2018-10-08T17:06:00+09:00',
});
const index: BundleIndex = {
  bundles: [entry(SEED_BUNDLE_ID, `${SEED_BUNDLE_ID}.json`), entry('tiny', 'tiny-story.json')],
};

describe('loadBundleIndex', () => {
  it('reads bundles/index.json below the base URL', async () => {
    const { fetcher, asked } = server({ [`${BASE}bundles/index.json`]: JSON.stringify(index) });
    const result = await loadBundleIndex(BASE, fetcher);
    expect(asked).toEqual(['https://atlas.test/app/bundles/index.json']);
    expect(result).toEqual({ ok: true, value: index });
  });

  it('reports the HTTP status of a missing index', async () => {
    const { fetcher } = server({ [`${BASE}bundles/index.json`]: 503 });
    const result = await loadBundleIndex(BASE, fetcher);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'missing-file', file: 'bundles/index.json', status: 503 },
    });
    if (!result.ok)
      expect(describeLoadError(result.error)).toBe(
        'The file bundles/index.json could not be loaded (HTTP 503).',
      );
  });

  it('turns a failed connection into a network error with its message', async () => {
    const { fetcher } = server({ [`${BASE}bundles/index.json`]: new TypeError('Failed to fetch') });
    expect(await loadBundleIndex(BASE, fetcher)).toEqual({
      ok: false,
      error: { kind: 'network', file: 'bundles/index.json', message: 'Failed to fetch' },
    });
  });

  it('refuses an index that is not JSON, naming the file', async () => {
    const { fetcher } = server({ [`${BASE}bundles/index.json`]: '{"bundles": [' });
    const result = await loadBundleIndex(BASE, fetcher);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.file).toBe('bundles/index.json');
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]!.field).toBe('(JSON)');
    expect(result.error.issues[0]!.message).toMatch(/^is not valid JSON: /);
  });

  it('refuses an index whose entry names a file outside bundles/, pointing at the field', async () => {
    const bad = { bundles: [{ ...entry('x', '../secrets.json') }] };
    const { fetcher } = server({ [`${BASE}bundles/index.json`]: JSON.stringify(bad) });
    const result = await loadBundleIndex(BASE, fetcher);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((i) => [i.path, i.message])).toEqual([
      ['bundles[0].file', 'must be a .json file name in bundles/ (or one folder below it)'],
    ]);
  });

  it('refuses an index that lists no bundle', async () => {
    const { fetcher } = server({ [`${BASE}bundles/index.json`]: '{"bundles": []}' });
    const result = await loadBundleIndex(BASE, fetcher);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((i) => i.message)).toEqual(['lists no bundle']);
  });
});

describe('loadBundle', () => {
  it('fetches the file the index names for the id and validates it', async () => {
    const { fetcher, asked } = server({
      [`${BASE}bundles/${SEED_BUNDLE_ID}.json`]: seedBundleText(),
    });
    const result = await loadBundle(BASE, index, SEED_BUNDLE_ID, fetcher);
    expect(asked).toEqual([`https://atlas.test/app/bundles/${SEED_BUNDLE_ID}.json`]);
    if (!result.ok) throw new Error(describeLoadError(result.error));
    expect(result.value).toEqual(seedBundle());
    expect(result.value.entities).toHaveLength(32);
    expect(result.value.relations).toHaveLength(46);
  });

  it('follows the index’s file name, not the id', async () => {
    const { fetcher, asked } = server({
      [`${BASE}bundles/tiny-story.json`]: JSON.stringify(tinyBundle()),
    });
    const result = await loadBundle(BASE, index, 'tiny', fetcher);
    expect(asked).toEqual(['https://atlas.test/app/bundles/tiny-story.json']);
    expect(result.ok && result.value.id).toBe('tiny');
  });

  it('fetches a bundle the index keeps one folder below bundles/', async () => {
    const nested: BundleIndex = { bundles: [entry('tiny', 'fixtures/tiny.json')] };
    const { fetcher, asked } = server({
      [`${BASE}bundles/fixtures/tiny.json`]: JSON.stringify(tinyBundle()),
    });
    const result = await loadBundle(BASE, nested, 'tiny', fetcher);
    expect(asked).toEqual(['https://atlas.test/app/bundles/fixtures/tiny.json']);
    expect(result.ok && result.value.article.title).toBe('Ann met Bob');
  });

  it('names the bundles it knows when asked for one it does not, without fetching', async () => {
    const { fetcher, asked } = server({});
    const result = await loadBundle(BASE, index, 'briefing-2019', fetcher);
    expect(asked).toEqual([]);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'unknown-bundle', bundleId: 'briefing-2019', known: [SEED_BUNDLE_ID, 'tiny'] },
    });
    if (!result.ok)
      expect(describeLoadError(result.error)).toBe(
        `There is no story bundle “briefing-2019”. Available: ${SEED_BUNDLE_ID}, tiny.`,
      );
  });

  it('reports a listed file that is missing', async () => {
    const { fetcher } = server({});
    expect(await loadBundle(BASE, index, 'tiny', fetcher)).toEqual({
      ok: false,
      error: { kind: 'missing-file', file: 'bundles/tiny-story.json', status: 404 },
    });
  });

  it('refuses a bundle that breaks a rule, with every issue the validator found', async () => {
    const broken = tinyBundle();
    broken.mentions[0] = { entity: 'nobody', start: 0, end: 3 };
    broken.relations[0]!.target = 'nobody-either';
    const { fetcher } = server({ [`${BASE}bundles/tiny-story.json`]: JSON.stringify(broken) });
    const result = await loadBundle(BASE, index, 'tiny', fetcher);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.file).toBe('bundles/tiny-story.json');
    const paths = result.error.issues.map((i) => i.path);
    expect(paths).toContain('mentions[0].entity');
    expect(paths).toContain('relations[0].target');
    expect(describeLoadError(result.error)).toBe(
      `The file bundles/tiny-story.json is not a valid story bundle (${paths.length} problems).`,
    );
  });

  it('refuses a file that is not JSON at all', async () => {
    const { fetcher } = server({ [`${BASE}bundles/tiny-story.json`]: '<!doctype html>' });
    const result = await loadBundle(BASE, index, 'tiny', fetcher);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((i) => i.field)).toEqual(['(JSON)']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseStoredLocalBundles, serialiseLocalBundles } from './local-bundles';
import { tinyBundle } from './fixtures/tiny-bundle';

describe('stored local bundles', () => {
  it('round-trips valid bundles', () => {
    const b = tinyBundle();
    expect(parseStoredLocalBundles(serialiseLocalBundles([b]))).toEqual({
      bundles: [b],
      problems: [],
    });
    expect(parseStoredLocalBundles(null)).toEqual({ bundles: [], problems: [] });
  });

  it('reports corrupted storage instead of throwing', () => {
    const r = parseStoredLocalBundles('[{"format": "article-at');
    expect(r.bundles).toEqual([]);
    expect(r.problems[0]).toMatch(/corrupted/);
    expect(parseStoredLocalBundles('{"a":1}').problems[0]).toMatch(/not a list/);
  });

  it('keeps the good bundles when one is damaged', () => {
    const good = tinyBundle();
    const bad = {
      ...tinyBundle(),
      id: 'broken',
      mentions: [{ entity: 'nobody', start: 0, end: 3 }],
    };
    const r = parseStoredLocalBundles(JSON.stringify([bad, good]));
    expect(r.bundles.map((b) => b.id)).toEqual(['tiny']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/Saved story “broken” is damaged/);
    expect(r.problems[0]).toMatch(/nobody/);
  });
});

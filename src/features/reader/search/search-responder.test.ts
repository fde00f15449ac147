import { describe, expect, it } from 'vitest';
import { corpusBundle } from '../../../model/fixtures/corpus-bundles';
import { FIND_QUERIES } from '../../../model/fixtures/find-queries';
import { buildSearchIndex } from '../../../model/search-index';
import { searchSourceOf } from '../../../model/search-source';
import { searchResponder } from './search-responder';

describe('searchResponder (the Find worker without the worker)', () => {
  it('answers every Find query exactly as the page-thread index does, source sent by structured clone', () => {
    const stories = [...new Set(FIND_QUERIES.map((q) => q.story))];
    let asked = 0;
    for (const story of stories) {
      const bundle = corpusBundle(story);
      const respond = searchResponder();
      // What postMessage does to the source on its way to the worker.
      expect(respond({ type: 'index', source: structuredClone(searchSourceOf(bundle)) })).toEqual({
        type: 'indexed',
      });
      const page = buildSearchIndex(bundle);
      for (const [i, q] of FIND_QUERIES.filter((f) => f.story === story).entries()) {
        const reply = respond({ type: 'search', id: i + 1, query: q.query, limit: 12 });
        expect(reply).toEqual({ type: 'hits', id: i + 1, hits: page.search(q.query, 12) });
        if (reply.type === 'hits') expect(reply.hits[0]).toMatchObject({ id: q.first });
        asked += 1;
      }
    }
    expect(asked).toBe(FIND_QUERIES.length);
  });

  it('says it failed when searched before it was given a story', () => {
    expect(searchResponder()({ type: 'search', id: 1, query: 'kong', limit: 12 })).toMatchObject({
      type: 'failed',
    });
  });
});

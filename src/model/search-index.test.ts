import { describe, expect, it } from 'vitest';
import { seedBundle } from '../bundle/fixtures/seed-bundle';
import { buildSearchIndex } from './search-index';
import { normaliseForSearch } from './normalise-for-search';
import { corpusBundle } from './fixtures/corpus-bundles';
import { FIND_QUERIES } from './fixtures/find-queries';

const index = buildSearchIndex(seedBundle());
const firstEntity = (q: string) => {
  const hit = index.search(q).find((h) => h.type === 'entity');
  return hit?.type === 'entity' ? hit.id : null;
};

describe('normaliseForSearch', () => {
  it('folds case, accents, hyphens and apostrophes', () => {
    expect(normaliseForSearch('Choe Son-hui')).toBe('choe son hui');
    expect(normaliseForSearch('  CHOE   SON HUI ')).toBe('choe son hui');
    expect(normaliseForSearch('Sheremétyevo')).toBe('sheremetyevo');
    expect(normaliseForSearch('Moscow’s')).toBe('moscow s');
  });
});

describe('search on the seed bundle', () => {
  it('finds entities however they are typed', () => {
    expect(firstEntity('choe son hui')).toBe('choe-son-hui');
    expect(firstEntity('Choe Son-hui')).toBe('choe-son-hui');
    expect(firstEntity('kong')).toBe('kong-xuanyou');
    expect(firstEntity('tass')).toBe('tass');
    expect(firstEntity('lavrov')).toBe('sergey-lavrov');
    expect(firstEntity('matviyenko')).toBe('valentina-matviyenko');
  });

  it('lists no fuzzy neighbour when a name matches as typed', () => {
    const names = index.search('kong').filter((h) => h.type === 'entity');
    expect(names.map((h) => (h.type === 'entity' ? h.id : ''))).toEqual(['kong-xuanyou']);
  });

  it('forgives a typo in a longer word', () => {
    expect(firstEntity('pompeio')).toBe('mike-pompeo');
  });

  it('finds passages by their words, entities first', () => {
    const hits = index.search('sanctions');
    expect(hits.some((h) => h.type === 'passage' && h.text.includes('sanctions'))).toBe(true);
    const hits2 = index.search('trilateral negotiations');
    const p = hits2.find((h) => h.type === 'passage');
    expect(p?.type === 'passage' ? p.text : '').toContain('come for trilateral negotiations');
  });

  it('returns nothing for nothing', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
  });
});

describe('the Find query table (src/model/fixtures/find-queries.ts)', () => {
  const indexes = new Map<string, ReturnType<typeof buildSearchIndex>>();
  const indexFor = (story: string) => {
    let i = indexes.get(story);
    if (i === undefined) indexes.set(story, (i = buildSearchIndex(corpusBundle(story))));
    return i;
  };

  it('has at least 40 queries over at least five stories', () => {
    expect(FIND_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(FIND_QUERIES.map((q) => q.story)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(FIND_QUERIES.map((q) => [q.query, q.story, q.first, q.why] as const))(
    '“%s” in %s finds %s first (%s)',
    (query, story, first) => {
      const hit = indexFor(story).search(query)[0];
      expect(hit?.type === 'entity' ? hit.id : hit).toBe(first);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { seedBundle } from '../bundle/fixtures/seed-bundle';
import { buildSearchIndex } from './search-index';
import { normaliseForSearch } from './normalise-for-search';

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

import MiniSearch from 'minisearch';
import type { Bundle, EntityKind, Span } from '../bundle/bundle-schema';
import { normaliseForSearch } from './normalise-for-search';
import { passagesOf } from './passages';

/** One thing Find can return: an entity by its names, or a passage by its words. */
export type SearchHit =
  | { type: 'entity'; id: string; name: string; kind: EntityKind; score: number }
  | { type: 'passage'; span: Span; text: string; score: number };

interface Doc {
  id: string;
  type: 'entity' | 'passage';
  names: string;
  words: string;
}

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
}

/** Builds a forgiving index: prefix and typo-tolerant, entity names ranked above passages. */
export function buildSearchIndex(bundle: Bundle): SearchIndex {
  const text = bundle.article.text;
  const passages = passagesOf(bundle);
  const mini = new MiniSearch<Doc>({
    fields: ['names', 'words'],
    storeFields: ['type'],
    processTerm: (term) => normaliseForSearch(term) || null,
    tokenize: (s) => normaliseForSearch(s).split(' '),
  });
  mini.addAll([
    ...bundle.entities.map((e) => ({
      id: `e:${e.id}`,
      type: 'entity' as const,
      names: [e.name, ...e.aliases].join(' '),
      words: '',
    })),
    ...passages.map((p) => ({
      id: `p:${p.start}-${p.end}`,
      type: 'passage' as const,
      names: '',
      words: text.slice(p.start, p.end),
    })),
  ]);
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));

  return {
    search(query, limit = 12) {
      const q = normaliseForSearch(query);
      if (q === '') return [];
      const results = mini.search(q, {
        prefix: true,
        fuzzy: (term) => (term.length > 3 ? 0.2 : 0),
        combineWith: 'AND',
        boost: { names: 3 },
      });
      const hits: SearchHit[] = [];
      for (const r of results) {
        const id = String(r.id);
        if (id.startsWith('e:')) {
          const e = entities.get(id.slice(2));
          if (e)
            hits.push({ type: 'entity', id: e.id, name: e.name, kind: e.kind, score: r.score });
        } else {
          const [start, end] = id.slice(2).split('-').map(Number) as [number, number];
          hits.push({
            type: 'passage',
            span: { start, end },
            text: text.slice(start, end),
            score: r.score,
          });
        }
      }
      // Entities first: a name typed is most often a person or state sought.
      hits.sort(
        (a, b) => Number(b.type === 'entity') - Number(a.type === 'entity') || b.score - a.score,
      );
      return hits.slice(0, limit);
    },
  };
}

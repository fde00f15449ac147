import MiniSearch from 'minisearch';
import type { Bundle, EntityKind, Span } from '../bundle/bundle-schema';
import { searchSourceOf, type SearchSource } from './search-source';

export type { SearchSource } from './search-source';
import { normaliseForSearch } from './normalise-for-search';
import { splitSentences } from './split-sentences';
import { MATCH_TIER, nameForms, scoreName, type NameForms } from './name-match';

/** One thing Find can return: an entity by its names, or a passage by its words. */
export type SearchHit =
  | { type: 'entity'; id: string; name: string; kind: EntityKind; score: number }
  | { type: 'passage'; span: Span; text: string; score: number };

interface Doc {
  id: string;
  words: string;
}

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
}

/** Builds the index of a bundle (see buildSearchIndexFrom). */
export function buildSearchIndex(bundle: Bundle): SearchIndex {
  return buildSearchIndexFrom(searchSourceOf(bundle));
}

/**
 * Builds a forgiving index. Names are matched by name-match.ts in ranked tiers (exact, prefix,
 * word start, romanisation variants, then one- or two-letter slips), so the entity a reader
 * spelled always comes before one that is merely close; equal scores go to the entity the
 * article mentions more. Passages are found by their words with minisearch (prefix and
 * typo-tolerant), after the names.
 */
export function buildSearchIndexFrom(source: SearchSource): SearchIndex {
  const { text, mentionCounts: mentions } = source;
  // The same passages as passagesOf: every sentence of every block.
  const passages = source.blocks.flatMap((b) => splitSentences(text, b.start, b.end));
  const mini = new MiniSearch<Doc>({
    fields: ['words'],
    processTerm: (term) => normaliseForSearch(term) || null,
    tokenize: (s) => normaliseForSearch(s).split(' '),
  });
  mini.addAll(
    passages.map((p) => ({ id: `${p.start}-${p.end}`, words: text.slice(p.start, p.end) })),
  );
  const names: { entity: SearchSource['entities'][number]; forms: NameForms[] }[] =
    source.entities.map((entity) => ({
      entity,
      forms: [entity.name, ...entity.aliases].map(nameForms),
    }));

  return {
    search(query, limit = 12) {
      const q = normaliseForSearch(query);
      if (q === '') return [];
      const qForms = nameForms(q);
      const hits: SearchHit[] = [];
      const ranked = names
        .map(({ entity, forms }) => ({
          entity,
          // The entity's own name wins a tie with another's alias ("Pyongyang" the city, not
          // the state it stands for).
          score: Math.max(0, ...forms.map((f, i) => scoreName(qForms, f) + (i === 0 ? 1 : 0))),
        }))
        .filter((r) => r.score > 1)
        .sort(
          (a, b) =>
            b.score - a.score ||
            (mentions.get(b.entity.id) ?? 0) - (mentions.get(a.entity.id) ?? 0) ||
            a.entity.name.localeCompare(b.entity.name),
        );
      // Slips are forgiven only when no name matches as typed (or as a romanisation of it):
      // "kong" finds Kong Xuanyou and not, one letter off, Kim Jong-un.
      const asTyped = (ranked[0]?.score ?? 0) >= MATCH_TIER.romanisedPrefix;
      for (const { entity: e, score } of ranked) {
        if (asTyped && score < MATCH_TIER.romanisedPrefix) break;
        hits.push({ type: 'entity', id: e.id, name: e.name, kind: e.kind, score });
      }
      const found = mini.search(q, {
        prefix: true,
        fuzzy: (term) => (term.length > 3 ? 0.2 : 0),
        combineWith: 'AND',
      });
      for (const r of found) {
        const [start, end] = String(r.id).split('-').map(Number) as [number, number];
        hits.push({
          type: 'passage',
          span: { start, end },
          text: text.slice(start, end),
          score: r.score,
        });
      }
      return hits.slice(0, limit);
    },
  };
}

import type { Bundle, Entity, Span } from '../bundle/bundle-schema';

/**
 * What the index is built from: the article's text, its blocks, each entity's names and how
 * often the article mentions it. Small enough to send to a worker (no mentions, no relations),
 * and all a search needs.
 */
export interface SearchSource {
  text: string;
  blocks: Span[];
  entities: Pick<Entity, 'id' | 'kind' | 'name' | 'aliases'>[];
  /** Mentions per entity id. */
  mentionCounts: Map<string, number>;
}

/** The part of a bundle the search index reads (a few milliseconds even for 20k entities). */
export function searchSourceOf(bundle: Bundle): SearchSource {
  const mentionCounts = new Map<string, number>();
  for (const m of bundle.mentions)
    mentionCounts.set(m.entity, (mentionCounts.get(m.entity) ?? 0) + 1);
  return {
    text: bundle.article.text,
    blocks: bundle.article.blocks.map((b) => ({ start: b.start, end: b.end })),
    entities: bundle.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
    })),
    mentionCounts,
  };
}

import type { BlockKind, Bundle } from '../../../bundle/bundle-schema';
import type { Draft } from './draft';
import { splitBlocks } from './split-blocks';

/**
 * A saved story opened for correction. Blocks are found again from blank lines, each taking the
 * kind of the story's block it starts in; mentions are marked again from names and aliases.
 */
export function bundleToDraft(bundle: Bundle, routeId: string): Draft {
  const { article } = bundle;
  const kindAt = (offset: number): BlockKind =>
    article.blocks.find((b) => offset >= b.start && offset < b.end)?.kind ?? 'paragraph';
  return {
    version: 1,
    basedOn: routeId,
    id: bundle.id,
    meta: {
      title: article.title,
      publisher: article.publisher,
      byline: article.byline,
      published: article.published,
      url: article.url ?? '',
      language: article.language,
    },
    text: article.text,
    blockKinds: splitBlocks(article.text).map((b) => kindAt(b.start)),
    entities: structuredClone(bundle.entities),
    rejected: [],
    relations: structuredClone(bundle.relations),
    events: structuredClone(bundle.events),
    journeys: structuredClone(bundle.journeys),
  };
}

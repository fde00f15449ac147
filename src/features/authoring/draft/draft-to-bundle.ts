import { BUNDLE_FORMAT, type Bundle, type Mention } from '../../../bundle/bundle-schema';
import { markNames } from '../../../lib/mark-names';
import type { Draft } from './draft';
import { alignBlockKinds, splitBlocks } from './split-blocks';

/**
 * Every mention of the draft's entities: each name and alias wherever it occurs as whole
 * words, the longest first, each character once. Offsets come from the text string itself.
 */
export function draftMentions(draft: Draft): Mention[] {
  const names = draft.entities.flatMap((e) =>
    [e.name, ...e.aliases].map((name) => ({ key: e.id, name })),
  );
  return markNames(draft.text, names).map((h) => ({ entity: h.key, start: h.start, end: h.end }));
}

/**
 * The bundle a draft stands for, built without judging it: the validator says what is wrong,
 * next to the item, with the same words as everywhere else. Empty optional fields are left out.
 */
export function draftToBundle(draft: Draft): Bundle {
  const kinds = alignBlockKinds(draft.text, draft.blockKinds);
  const { meta } = draft;
  return {
    format: BUNDLE_FORMAT,
    id: draft.id,
    article: {
      title: meta.title.trim(),
      publisher: meta.publisher.trim(),
      byline: meta.byline.trim(),
      published: meta.published.trim(),
      ...(meta.url.trim() === '' ? {} : { url: meta.url.trim() }),
      language: meta.language.trim(),
      text: draft.text,
      blocks: splitBlocks(draft.text).map((b, i) => ({
        id: `b${i + 1}`,
        kind: kinds[i] ?? 'paragraph',
        ...b,
      })),
    },
    entities: draft.entities,
    mentions: draftMentions(draft),
    relations: draft.relations,
    events: draft.events,
    journeys: draft.journeys,
  };
}

import type {
  BlockKind,
  BundleEvent,
  Entity,
  Journey,
  Relation,
} from '../../../bundle/bundle-schema';

/** The article's identity as the user types it; checked by the validator when the bundle is built. */
export interface DraftMeta {
  title: string;
  publisher: string;
  byline: string;
  /** A date ("2019-03-14") or a date-time with its offset. */
  published: string;
  url: string;
  language: string;
}

/**
 * A story being written. Mentions are not stored: every occurrence of an entity's name or alias
 * is marked from the text (`draftToBundle`), so editing the text never leaves a stale offset.
 * Evidence spans are stored and moved with the text (`remapSpan`).
 */
export interface Draft {
  version: 1;
  /** The route id of the story being corrected, or null for a new one. */
  basedOn: string | null;
  /** The bundle's id; made from the title until the user sets it. */
  id: string;
  meta: DraftMeta;
  text: string;
  /** One kind per block (blocks are the text's paragraphs, split on blank lines). */
  blockKinds: BlockKind[];
  entities: Entity[];
  /** Suggestion keys the user rejected, so they are not offered again. */
  rejected: string[];
  relations: Relation[];
  events: BundleEvent[];
  journeys: Journey[];
}

export function emptyDraft(): Draft {
  return {
    version: 1,
    basedOn: null,
    id: '',
    meta: { title: '', publisher: '', byline: '', published: '', url: '', language: 'en' },
    text: '',
    blockKinds: [],
    entities: [],
    rejected: [],
    relations: [],
    events: [],
    journeys: [],
  };
}

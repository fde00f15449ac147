import {
  articleSchema,
  blockSchema,
  entitySchema,
  eventSchema,
  journeySchema,
  mentionSchema,
  publishedSchema,
  relationSchema,
  BUNDLE_FORMAT,
  type Bundle,
} from './bundle-schema';
import type { BundleIssue } from './bundle-issue';
import { checkBundleRules } from './check-bundle-rules';
import type { z } from './zod';

const COLLECTIONS = {
  'article.blocks': 'block',
  entities: 'entity',
  mentions: 'mention',
  relations: 'relation',
  events: 'event',
  journeys: 'journey',
} as const;
type Collection = keyof typeof COLLECTIONS;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The items of a list whose own shape is right, and where each sat in the file. */
function keep<T>(
  list: unknown,
  schema: z.ZodType<T>,
  ids: Set<string>,
): { items: T[]; at: number[] } {
  const items: T[] = [];
  const at: number[] = [];
  if (!Array.isArray(list)) return { items, at };
  list.forEach((raw: unknown, i) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      items.push(parsed.data);
      at.push(i);
    } else if (isRecord(raw) && typeof raw.id === 'string') ids.add(raw.id);
  });
  return { items, at };
}

/**
 * The rules (references, offsets, names, order, dates) for the parts of a bundle whose shape is
 * right, when other parts fail the schema: a file refused for a bad kind on one entity also hears
 * about a mention past the end of the text, instead of one error at a time. Items that fail their
 * shape are left out (their schema errors say what is wrong) and their ids still count as known,
 * so nothing else is blamed for pointing at them. Positions are those of the file. When the text
 * itself is not a string there is nothing to check offsets against, and nothing is returned.
 */
export function checkPartialBundle(data: unknown): BundleIssue[] {
  if (!isRecord(data) || !isRecord(data.article) || typeof data.article.text !== 'string')
    return [];
  const raw = data.article;
  const text = raw.text as string;
  const presumed = new Set<string>();
  const blocks = keep(raw.blocks, blockSchema, presumed);
  const entities = keep(data.entities, entitySchema, presumed);
  const mentions = keep(data.mentions, mentionSchema, presumed);
  const relations = keep(data.relations, relationSchema, presumed);
  const events = keep(data.events, eventSchema, presumed);
  const journeys = keep(data.journeys, journeySchema, presumed);
  const field = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  const article = articleSchema.shape;
  // Fields the rules do not read, or read only when they are well formed, get inert values.
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    id: 'partial',
    article: {
      title: 'partial',
      publisher: 'partial',
      byline: 'partial',
      published: field(publishedSchema, raw.published, '2000-01-01'),
      modified: field(article.modified, raw.modified, undefined),
      language: 'en',
      text,
      blocks: blocks.items,
    },
    entities: entities.items,
    mentions: mentions.items,
    relations: relations.items,
    events: events.items,
    journeys: journeys.items,
  };
  const maps: Record<Collection, number[]> = {
    'article.blocks': blocks.at,
    entities: entities.at,
    mentions: mentions.at,
    relations: relations.at,
    events: events.at,
    journeys: journeys.at,
  };
  const nouns = Object.fromEntries(Object.entries(COLLECTIONS).map(([c, n]) => [n, c])) as Record<
    string,
    Collection
  >;
  const original = (c: Collection, kept: number) => maps[c][kept] ?? kept;
  // "entity 2", "mention 5": numbers the rules wrote for the kept list, 1-based.
  const renumber = (noun: string, n: string) => {
    const c = nouns[noun];
    return c === undefined ? `${noun} ${n}` : `${noun} ${original(c, Number(n) - 1) + 1}`;
  };
  // With no list of entities at all, no reference to one can be judged.
  const isKnown = Array.isArray(data.entities) ? (id: string) => presumed.has(id) : () => true;
  return checkBundleRules(bundle, { isKnown }).map((issue) => ({
    ...issue,
    path: issue.path.replace(
      /^(article\.blocks|entities|mentions|relations|events|journeys)\[(\d+)\]/,
      (_, c: Collection, i: string) => `${c}[${original(c, Number(i))}]`,
    ),
    item: issue.item.replace(
      /^(block|entity|mention|relation|event|journey) (\d+)/,
      (_, noun: string, n: string) => renumber(noun, n),
    ),
    message: issue.message.replace(
      /\b(already used by|overlaps|before) (block|entity|mention|relation|event|journey) (\d+)/g,
      (_, lead: string, noun: string, n: string) => `${lead} ${renumber(noun, n)}`,
    ),
  }));
}

import { z } from './zod';

/** The format tag every bundle of this version carries. */
export const BUNDLE_FORMAT = 'article-atlas/bundle@1';

/** A date at the precision the article gives it: a year, a month or a day. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A time as the article words it, resolved to a date or a range of dates. */
export const whenSchema = z.object({
  start: partialDateSchema,
  end: partialDateSchema.optional(),
  text: z.string().min(1, 'must give the article’s own words for the date'),
});

/** A passage of the article: UTF-16 offsets into article.text, end exclusive. */
export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * When the article was posted: a date alone ("2018-10-08") when that is all the source gives, or
 * a date and time with the offset it was posted in ("2018-10-08T17:06:00+09:00"). A date alone
 * is shown without a time; nobody has to invent midnight.
 */
export const publishedSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/,
    'must be a date (2018-10-08) or a date and time with its offset (2018-10-08T17:06:00+09:00)',
  );

export const basisSchema = z.enum(['stated', 'inferred']);
export const statusSchema = z.enum(['happened', 'planned', 'expected']);
export const blockKindSchema = z.enum(['headline', 'caption', 'paragraph', 'byline', 'note']);
export const entityKindSchema = z.enum(['person', 'country', 'organization', 'place', 'media']);

const idSchema = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'must be letters, digits, and - _ . : only');

export const blockSchema = z.object({
  id: idSchema,
  kind: blockKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const entitySchema = z.object({
  id: idSchema,
  kind: entityKindSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  summary: z.string().optional(),
  country: idSchema.optional(),
  location: z
    .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
    .optional(),
});

export const mentionSchema = z.object({
  entity: idSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const relationSchema = z.object({
  id: idSchema,
  kind: z.string().min(1),
  source: idSchema,
  target: idSchema,
  label: z.string().min(1),
  when: whenSchema.optional(),
  basis: basisSchema,
  note: z.string().optional(),
  evidence: z.array(spanSchema),
});

export const eventSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  when: whenSchema,
  place: idSchema.optional(),
  participants: z.array(idSchema),
  status: statusSchema,
  basis: basisSchema,
  note: z.string().optional(),
  evidence: z.array(spanSchema),
});

export const legSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  when: whenSchema.optional(),
  status: statusSchema,
  basis: basisSchema,
  note: z.string().optional(),
  evidence: z.array(spanSchema),
});

export const journeySchema = z.object({
  id: idSchema,
  traveler: idSchema,
  label: z.string().optional(),
  legs: z.array(legSchema).min(1, 'a journey needs at least one leg'),
});

export const articleSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  byline: z.string().min(1),
  published: publishedSchema,
  modified: publishedSchema.optional(),
  url: z.string().optional(),
  language: z.string().min(2),
  text: z.string().min(1),
  blocks: z.array(blockSchema).min(1, 'the article needs at least one block'),
});

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  id: idSchema,
  article: articleSchema,
  entities: z.array(entitySchema),
  mentions: z.array(mentionSchema),
  relations: z.array(relationSchema),
  events: z.array(eventSchema),
  journeys: z.array(journeySchema),
});

export type When = z.infer<typeof whenSchema>;
export type Span = z.infer<typeof spanSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Status = z.infer<typeof statusSchema>;
export type BlockKind = z.infer<typeof blockKindSchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type BundleEvent = z.infer<typeof eventSchema>;
export type Leg = z.infer<typeof legSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type Article = z.infer<typeof articleSchema>;
/** A story bundle that passed every rule of validateBundle: safe to draw. */
export type Bundle = z.infer<typeof bundleSchema>;

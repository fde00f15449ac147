import { z } from '../../../bundle/zod';
import { VIEW_NAMES } from '../../../view-state/view-state';

/** The format tag every deck of this version carries. */
export const DECK_FORMAT = 'article-atlas/deck@1';

/** More than three quotations do not fit on a slide read from the back of a room. */
export const MAX_QUOTES = 3;

const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'must be letters, digits, and - _ . : only');

/**
 * A quoted passage: UTF-16 offsets into article.text, end exclusive, like every span of a bundle.
 * `text` is optional and, when given, must be the words at those offsets: it makes a deck file
 * readable and catches offsets that drifted when the bundle was edited.
 */
export const quoteSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().optional(),
});

/**
 * What the slide shows: the same fields as the workspace URL (views, selection, as-of date,
 * filters), so a slide opens in the workspace exactly as it was presented.
 */
export const slideViewSchema = z.object({
  views: z.array(z.enum(VIEW_NAMES)).max(2, 'a slide shows at most two views'),
  /** "kind:id" as in the URL's `sel`, e.g. "relation:r-north-korea-aligned-with-china". */
  selection: z.string().nullable().default(null),
  /** YYYY-MM-DD, as in the URL's `asof`. */
  asOf: z.string().nullable().default(null),
  hiddenKinds: z.array(z.string()).default([]),
  hiddenRelations: z.array(z.string()).default([]),
});

export const slideSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'must not be empty').max(160, 'must be at most 160 characters'),
  caption: z.string().trim().max(400, 'must be at most 400 characters').default(''),
  view: slideViewSchema,
  quotes: z.array(quoteSchema).max(MAX_QUOTES, `a slide holds at most ${MAX_QUOTES} quotes`),
});

/**
 * The deck around its slides. Slides are checked one by one (slideSchema and the bundle rules)
 * so that a damaged slide in storage can be set aside while the others are kept.
 */
export const deckEnvelopeSchema = z.object({
  format: z.literal(DECK_FORMAT),
  bundleId: z.string().min(1),
  title: z.string().trim().max(160).optional(),
  slides: z.array(z.unknown()).max(200, 'a deck holds at most 200 slides'),
});

export type Quote = z.infer<typeof quoteSchema>;
export type SlideView = z.infer<typeof slideViewSchema>;
/** One slide that passed the schema and the rules against its bundle. */
export type Slide = z.infer<typeof slideSchema>;

/** A briefing: an ordered list of slides about one bundle. */
export interface Deck {
  format: typeof DECK_FORMAT;
  bundleId: string;
  title?: string;
  slides: Slide[];
}

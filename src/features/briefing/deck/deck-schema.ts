import { z } from '../../../bundle/zod';
import { slideViewSchema, type SlideView } from '../../../view-state/slide-view';

export { slideViewSchema, type SlideView };

/** The format tag every deck of this version carries. */
export const DECK_FORMAT = 'article-atlas/deck@1';

/**
 * Speaker notes are read by the presenter, never shown to the room; this is about ten minutes of
 * speech, far past what a slide needs, and keeps a pasted book from freezing the editor.
 */
export const MAX_NOTES = 20_000;

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

export const slideSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'must not be empty').max(160, 'must be at most 160 characters'),
  caption: z.string().trim().max(400, 'must be at most 400 characters').default(''),
  view: slideViewSchema,
  quotes: z.array(quoteSchema).max(MAX_QUOTES, `a slide holds at most ${MAX_QUOTES} quotes`),
  /** Speaker notes (presenter view, .pptx notes); decks saved before notes existed read as none. */
  notes: z
    .string()
    .max(MAX_NOTES, `must be at most ${MAX_NOTES.toLocaleString('en-GB')} characters`)
    .default(''),
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
/** One slide that passed the schema and the rules against its bundle. */
export type Slide = z.infer<typeof slideSchema>;

/** A briefing: an ordered list of slides about one bundle. */
export interface Deck {
  format: typeof DECK_FORMAT;
  bundleId: string;
  title?: string;
  slides: Slide[];
}

import { z } from '../bundle/zod';
import { MAX_VIEWS, VIEW_NAMES, type ViewState } from './view-state';
import { SLIDE_KEYS, viewField, type SlideKey } from './view-fields';
import { defaultViewState } from './parse-view-state';

/**
 * What a slide shows, in a deck file: the URL's fields that `inSlide` marks, each in a JSON form
 * read by the field's own URL parser, so a slide and a link can never disagree. Lists are arrays,
 * single values their URL text or null. The `satisfies` makes a new slide field a compile error
 * until it has a schema here.
 */
const SLIDE_SHAPE = {
  views: z.array(z.enum(VIEW_NAMES)).max(MAX_VIEWS, `a slide shows at most ${MAX_VIEWS} views`),
  /** "kind:id" as in the URL's `sel`, e.g. "relation:r-north-korea-aligned-with-china". */
  selection: z.string().nullable().default(null),
  /** YYYY-MM-DD, as in the URL's `asof`. */
  asOf: z.string().nullable().default(null),
  hiddenKinds: z.array(z.string()).default([]),
  hiddenRelations: z.array(z.string()).default([]),
} satisfies Record<SlideKey, z.ZodType>;

export const slideViewSchema = z.object(SLIDE_SHAPE);
export type SlideView = z.infer<typeof slideViewSchema>;

type SlideValue = string | null | readonly string[];

function toSlideValue<K extends SlideKey>(key: K, state: ViewState): SlideValue {
  const value: ViewState[K] = state[key];
  if (Array.isArray(value)) return [...(value as readonly string[])];
  return value === null ? null : viewField(key).format(value);
}

function fromSlideValue<K extends SlideKey>(key: K, raw: SlideValue, state: ViewState): void {
  const field = viewField(key);
  if (raw === null) state[key] = field.initial();
  else state[key] = field.parse(typeof raw === 'string' ? raw : raw.join(',')).value;
}

/** The workspace's state as a slide's view ("Add to briefing"). */
export function slideViewFromState(state: ViewState): SlideView {
  const view: Record<string, SlideValue> = {};
  for (const key of SLIDE_KEYS) view[key] = toSlideValue(key, state);
  return slideViewSchema.parse(view);
}

/**
 * The ViewState a slide stands for, read through the same field parsers as a link (a malformed
 * value falls back exactly as it would in the URL). `slide` is the 1-based number on the briefing
 * route, or null for the workspace.
 */
export function viewStateFromSlide(
  bundleId: string,
  view: SlideView,
  slide: number | null,
): ViewState {
  const state = defaultViewState(bundleId, slide);
  for (const key of SLIDE_KEYS) fromSlideValue(key, view[key], state);
  return state;
}

import { quoteText } from '../../../bundle/describe-value';
import type { Bundle } from '../../../bundle/bundle-schema';
import { entityKindSchema } from '../../../bundle/bundle-schema';
import { isRealDate } from '../../../bundle/is-real-date';
import { indexBundle } from '../../../model/bundle-index';
import { parseSelection } from '../../../view-state/parse-view-state';
import type { Slide } from './deck-schema';

/** One broken rule of a slide, relative to the slide: field "view.selection", "quotes[1].end". */
export interface SlideProblem {
  field: string;
  message: string;
}

const SELECTION_NOUN = {
  entity: 'entity',
  relation: 'relation',
  event: 'event',
  leg: 'journey leg',
  block: 'block',
} as const;

function quoteOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return quoteText(raw);
}

/**
 * What a schema cannot say about a slide: its selection, filters and quotes must exist in the
 * bundle it is shown with. An unknown id would otherwise present an empty view to a room.
 */
export function checkSlideRules(slide: Slide, bundle: Bundle): SlideProblem[] {
  const problems: SlideProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const index = indexBundle(bundle);
  const text = bundle.article.text;
  const { view } = slide;

  if (new Set(view.views).size !== view.views.length)
    add(
      'view.views',
      `names a view twice (${view.views.map((v) => quoteText(v, 20, '')).join(', ')})`,
    );

  if (view.selection !== null) {
    const selection = parseSelection(view.selection);
    if (selection === null)
      add(
        'view.selection',
        `is ${quoteText(view.selection)}, not a selection like “relation:r-…” (kinds: entity, relation, event, leg, block, passage)`,
      );
    else if (selection.kind === 'passage') {
      if (selection.end > text.length)
        add(
          'view.selection',
          `selects characters ${selection.start}–${selection.end}, but the article has ${text.length}`,
        );
    } else {
      const exists =
        selection.kind === 'entity'
          ? index.entities.has(selection.id)
          : selection.kind === 'relation'
            ? index.relations.has(selection.id)
            : selection.kind === 'event'
              ? index.events.has(selection.id)
              : selection.kind === 'leg'
                ? index.legs.has(selection.id)
                : bundle.article.blocks.some((b) => b.id === selection.id);
      if (!exists)
        add(
          'view.selection',
          `refers to ${SELECTION_NOUN[selection.kind]} ${quoteText(selection.id)}, which is not in this story`,
        );
    }
  }

  if (view.asOf !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(view.asOf) && isRealDate(view.asOf)))
    add('view.asOf', `is ${quoteText(view.asOf)}, not a date (YYYY-MM-DD)`);

  const entityKinds: readonly string[] = entityKindSchema.options;
  view.hiddenKinds.forEach((k, i) => {
    if (!entityKinds.includes(k))
      add(`view.hiddenKinds[${i}]`, `is ${quoteText(k)}; the kinds are ${entityKinds.join(', ')}`);
  });
  const relationKinds = new Set(bundle.relations.map((r) => r.kind));
  view.hiddenRelations.forEach((k, i) => {
    if (!relationKinds.has(k))
      add(
        `view.hiddenRelations[${i}]`,
        `is ${quoteText(k)}, a relation kind this story does not have`,
      );
  });

  const seen = new Set<string>();
  slide.quotes.forEach((q, i) => {
    const field = `quotes[${i}]`;
    if (q.end <= q.start) {
      add(field, `is empty or reversed (start ${q.start}, end ${q.end})`);
      return;
    }
    if (q.end > text.length) {
      add(`${field}.end`, `is ${q.end}, past the end of the article text (${text.length})`);
      return;
    }
    if (text.slice(q.start, q.end).trim() === '') add(field, 'quotes only white space');
    if (q.text !== undefined && q.text !== text.slice(q.start, q.end))
      add(
        `${field}.text`,
        `does not match the article at ${q.start}–${q.end}, which reads ${quoteOf(text, q.start, q.end)}`,
      );
    const key = `${q.start}-${q.end}`;
    if (seen.has(key)) add(field, `quotes characters ${q.start}–${q.end} a second time`);
    seen.add(key);
  });

  return problems;
}

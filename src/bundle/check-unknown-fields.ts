import type { BundleIssue } from './bundle-issue';
import { quoteText } from './describe-value';
import { FIELD_SLIPS } from './explain-shape-issue';

const WHEN = ['start', 'end', 'text'];
const SPAN = ['start', 'end'];
const SHAPES: Record<string, readonly string[]> = {
  bundle: ['format', 'id', 'article', 'entities', 'mentions', 'relations', 'events', 'journeys'],
  article: [
    'title',
    'publisher',
    'byline',
    'published',
    'modified',
    'url',
    'language',
    'text',
    'blocks',
  ],
  block: ['id', 'kind', 'start', 'end'],
  entity: ['id', 'kind', 'name', 'aliases', 'summary', 'country', 'location'],
  location: ['lat', 'lon'],
  mention: ['entity', 'start', 'end'],
  relation: ['id', 'kind', 'source', 'target', 'label', 'when', 'basis', 'note', 'evidence'],
  event: ['id', 'label', 'when', 'place', 'participants', 'status', 'basis', 'note', 'evidence'],
  journey: ['id', 'traveler', 'label', 'legs'],
  leg: ['id', 'from', 'to', 'when', 'status', 'basis', 'note', 'evidence'],
};

const MAX_WARNINGS = 20;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Fields the format does not have are dropped without a word by the schema, which is how a
 * `{lat, lng}` location lost its longitude silently. Each one found is a warning naming the
 * field, and the format's own field when the name is a known slip ("lng" → "lon").
 */
export function checkUnknownFields(data: unknown): BundleIssue[] {
  const warnings: BundleIssue[] = [];
  const visit = (value: unknown, shape: string, path: string, item: string) => {
    if (!isObject(value) || warnings.length >= MAX_WARNINGS) return;
    const known = SHAPES[shape] ?? (shape === 'when' ? WHEN : SPAN);
    for (const key of Object.keys(value)) {
      if (known.includes(key) || warnings.length >= MAX_WARNINGS) continue;
      const meant = FIELD_SLIPS[key];
      warnings.push({
        path: `${path === '' ? '' : `${path}.`}${quoteText(key, 40, '')}`,
        item,
        field: quoteText(key, 40, ''),
        message:
          meant !== undefined && known.includes(meant)
            ? `is not a field of the format and is ignored; the field is called ${quoteText(meant)}`
            : `is not a field of the format and is ignored (the fields here are ${known.join(', ')})`,
      });
    }
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const idOf = (value: unknown, i: number) =>
    isObject(value) && typeof value.id === 'string'
      ? ` ${quoteText(value.id, 80, '""')}`
      : ` ${i + 1}`;
  const spans = (value: Record<string, unknown>, path: string, item: string) => {
    visit(value.when, 'when', `${path}.when`, item);
    list(value.evidence).forEach((s, k) => visit(s, 'span', `${path}.evidence[${k}]`, item));
  };

  if (!isObject(data)) return warnings;
  visit(data, 'bundle', '', 'bundle');
  visit(data.article, 'article', 'article', 'article');
  if (isObject(data.article))
    list(data.article.blocks).forEach((b, i) =>
      visit(b, 'block', `article.blocks[${i}]`, `block${idOf(b, i)}`),
    );
  list(data.entities).forEach((e, i) => {
    visit(e, 'entity', `entities[${i}]`, `entity${idOf(e, i)}`);
    if (isObject(e))
      visit(e.location, 'location', `entities[${i}].location`, `entity${idOf(e, i)}`);
  });
  list(data.mentions).forEach((m, i) => visit(m, 'mention', `mentions[${i}]`, `mention ${i + 1}`));
  list(data.relations).forEach((r, i) => {
    visit(r, 'relation', `relations[${i}]`, `relation${idOf(r, i)}`);
    if (isObject(r)) spans(r, `relations[${i}]`, `relation${idOf(r, i)}`);
  });
  list(data.events).forEach((e, i) => {
    visit(e, 'event', `events[${i}]`, `event${idOf(e, i)}`);
    if (isObject(e)) spans(e, `events[${i}]`, `event${idOf(e, i)}`);
  });
  list(data.journeys).forEach((j, i) => {
    visit(j, 'journey', `journeys[${i}]`, `journey${idOf(j, i)}`);
    if (isObject(j))
      list(j.legs).forEach((l, k) => {
        visit(l, 'leg', `journeys[${i}].legs[${k}]`, `leg${idOf(l, k)}`);
        if (isObject(l)) spans(l, `journeys[${i}].legs[${k}]`, `leg${idOf(l, k)}`);
      });
  });
  return warnings;
}

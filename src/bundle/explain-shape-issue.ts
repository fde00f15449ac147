import type { z } from 'zod';
import { describeValue, quoteText } from './describe-value';

type PathPart = PropertyKey;

/** The raw value at a path of the file, or undefined when the path leaves the data. */
export function valueAt(root: unknown, parts: readonly PathPart[]): unknown {
  let node: unknown = root;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, part)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** Lists that a bundle must hold even when empty, with the words for "there are none". */
const LISTS: Record<string, string> = {
  entities: 'no names are marked',
  mentions: 'no names are marked',
  relations: 'the story has none',
  events: 'the story has none',
  journeys: 'the story has none',
  aliases: 'the entity has no other names',
  participants: 'nobody is named',
  evidence: 'no passage supports it (then the basis must be "inferred" with a note)',
  legs: 'never: a journey needs at least one leg',
  blocks: 'never: the article needs at least one block',
};

/** Field names people write for the format's own, from other tools and habits. */
export const FIELD_SLIPS: Record<string, string> = {
  lng: 'lon',
  long: 'lon',
  longitude: 'lon',
  latitude: 'lat',
  alias: 'aliases',
  type: 'kind',
  date: 'when',
  from_: 'from',
  traveller: 'traveler',
  participant: 'participants',
  source_id: 'source',
  target_id: 'target',
};

const TYPE_WORDS: Record<string, string> = {
  array: 'a list ([…])',
  object: 'an object ({…})',
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function publishedHint(value: unknown): string {
  const form =
    'write the date alone (2018-10-08) or a date and time with the offset it was posted in (2018-10-08T17:06:00+09:00)';
  if (typeof value !== 'string') return `is ${describeValue(value)}; ${form}`;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value))
    return `${quoteText(value)} has a time but no offset, so nobody can tell when it was; add the offset where it was posted (${value.replace(' ', 'T')}+09:00 for Seoul, -05:00 for New York in winter, Z for UTC) or give the date alone (${value.slice(0, 10)})`;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value))
    return `${quoteText(value)} is not a time this format reads; ${form}`;
  return `${quoteText(value)} is not in the form YYYY-MM-DD; ${form}`;
}

/** What to write in a required text field left empty; every text field with a minimum is required. */
const EMPTY_HINTS: Record<string, string> = {
  title: "write the article's headline as published",
  publisher: 'write who published the article (a newspaper, a news agency, a government office)',
  byline:
    'write the author as the article names them, or the office that issued it (“Office of the Spokesperson”)',
  text: "paste or type the article's text",
  name: 'write the name as the article gives it',
  kind: 'say in a word or two what the relation is (meets, visits, official-of)',
  label: 'say in words what it is (“Choe Son-hui met Kong Xuanyou in Beijing”)',
  id: 'give it an id of letters, digits and - _ . : (“choe-son-hui”)',
};

function emptyHint(parts: readonly PathPart[]): string {
  const last = parts[parts.length - 1];
  if (typeof last === 'number' && parts[parts.length - 2] === 'aliases')
    return 'is empty; remove it, or write the other name as the article gives it';
  if (last === 'text' && parts[parts.length - 2] === 'when')
    return "is empty; it is required: give the article's own words for the date (“last month”, “on Oct. 5”)";
  const hint = typeof last === 'string' ? EMPTY_HINTS[last] : undefined;
  return `is empty; it is required: ${hint ?? 'write what the article gives for it'}`;
}

/**
 * A shape problem (from the schema) in words that say what to do: a missing list says how to
 * write an empty one, a wrong type names what was found, a latitude out of range suspects a swap,
 * a `lng` is named as the slip it is, a bad `published` shows both accepted forms.
 */
export function explainShapeIssue(root: unknown, issue: z.core.$ZodIssue): string {
  const parts = issue.path;
  const last = parts[parts.length - 1];
  const field = typeof last === 'string' ? last : undefined;
  const value = valueAt(root, parts);
  const parent = valueAt(root, parts.slice(0, -1));

  if (field === 'published' || field === 'modified') {
    if (value === undefined) return 'is missing; give the date the article was posted (2018-10-08)';
    return publishedHint(value);
  }

  if ((field === 'lat' || field === 'lon') && parent !== null && typeof parent === 'object') {
    if (value === undefined) {
      const slip = Object.keys(parent).find((k) => FIELD_SLIPS[k] === field);
      if (slip !== undefined)
        return `is missing; the location has ${quoteText(slip)}, which the format does not read: rename ${quoteText(slip)} to ${quoteText(field)}`;
    }
    if (issue.code === 'too_big' || issue.code === 'too_small') {
      const range = field === 'lat' ? '−90 to 90' : '−180 to 180';
      const swap =
        field === 'lat'
          ? '; latitude (north–south) comes in lat and longitude (east–west) in lon: are they swapped?'
          : '';
      return `is ${describeValue(value)}, outside ${range}${swap}`;
    }
  }

  if (issue.code === 'invalid_type') {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    if (value === undefined) {
      const listHint = field !== undefined ? LISTS[field] : undefined;
      if (issue.expected === 'array' && listHint !== undefined && field !== undefined)
        return listHint.startsWith('never')
          ? `is missing; it must be a list with at least one item`
          : `is missing; write "${field}": [] if ${listHint}`;
      return `is missing; it is required and must be ${expected}`;
    }
    return `must be ${expected}, but is ${describeValue(value)}`;
  }

  if (issue.code === 'invalid_value' && typeof value === 'string')
    return `is ${quoteText(value)}; it must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;

  if (field === 'language' && issue.code === 'too_small') {
    const code = "the article's language code (en for English, fr for French, ko for Korean)";
    // Only text is quoted: a list or object here would read as “[object Object]”.
    if (typeof value !== 'string') return `must be ${code} as text, but is ${describeValue(value)}`;
    if (value === '') return `is empty; it is required: write ${code}`;
    // zod counts characters, not UTF-16 units: "𠮷" is one character, too short for a code.
    return `is ${quoteText(value)}, one character; write ${code}`;
  }

  if (issue.code === 'too_small' && issue.origin === 'string' && value === '')
    return emptyHint(parts);

  if (field === 'id' && issue.code === 'invalid_format' && typeof value === 'string')
    return `${quoteText(value)} has characters an id may not hold; use letters, digits and - _ . : only, starting with a letter or digit`;

  if (issue.code === 'too_small' && issue.origin === 'number')
    return `is ${describeValue(value)}; offsets count from 0 and cannot be negative`;

  return issue.message;
}

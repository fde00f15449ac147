import { describeValue, quoteText } from '../../../bundle/describe-value';
import type { Bundle } from '../../../bundle/bundle-schema';
import { parseJsonFile } from '../../../bundle/parse-json-file';
import type { BundleIssue } from '../../../bundle/bundle-issue';
import { formatPath } from '../../../bundle/zod-issues-to-bundle-issues';
import { DECK_FORMAT, deckEnvelopeSchema, slideSchema, type Deck, type Slide } from './deck-schema';
import { checkSlideRules } from './check-slide-rules';

/** Deck problems read like bundle problems: item › field: why (at path). */
export type DeckIssue = BundleIssue;

export type DeckValidation = { ok: true; deck: Deck } | { ok: false; issues: DeckIssue[] };

interface Envelope {
  bundleId: string;
  title?: string;
  slides: unknown[];
}

/** "slide 3 “Beijing first”": the number a person sees, and the title when the raw data has one. */
export function slideLabel(raw: unknown, index: number): string {
  if (raw !== null && typeof raw === 'object') {
    if ('title' in raw && typeof raw.title === 'string' && raw.title.trim() !== '') {
      const t = raw.title.trim();
      return `slide ${index + 1} ${quoteText(t, 60)}`;
    }
    if ('id' in raw && typeof raw.id === 'string')
      return `slide ${index + 1} (${quoteText(raw.id, 80, '')})`;
  }
  return `slide ${index + 1}`;
}

function checkEnvelope(
  data: unknown,
  bundle: Bundle,
): { ok: true; envelope: Envelope } | { ok: false; issues: DeckIssue[] } {
  const issue = (path: string, field: string, message: string): DeckIssue => ({
    path,
    item: 'deck',
    field,
    message,
  });
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return {
      ok: false,
      issues: [
        issue('(file)', '(whole file)', 'is not a deck: expected an object with format and slides'),
      ],
    };
  if ('format' in data && data.format !== DECK_FORMAT)
    return {
      ok: false,
      issues: [
        issue(
          'format',
          'format',
          `is ${describeValue(data.format)}; this app reads “${DECK_FORMAT}”`,
        ),
      ],
    };
  const parsed = deckEnvelopeSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) =>
        issue(formatPath(i.path), formatPath(i.path.slice(0, 1)), i.message),
      ),
    };
  if (parsed.data.bundleId !== bundle.id)
    return {
      ok: false,
      issues: [
        issue(
          'bundleId',
          'bundleId',
          `is ${quoteText(parsed.data.bundleId)}, but this story is ${quoteText(bundle.id)}; a deck belongs to one story`,
        ),
      ],
    };
  return { ok: true, envelope: parsed.data };
}

/** One slide against the schema, then against the bundle. */
export function checkSlide(
  raw: unknown,
  index: number,
  bundle: Bundle,
): { ok: true; slide: Slide } | { ok: false; issues: DeckIssue[] } {
  const item = slideLabel(raw, index);
  const at = (field: string) => `slides[${index}]${field.startsWith('[') ? '' : '.'}${field}`;
  const parsed = slideSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => {
        const field = i.path.length === 0 ? '(whole slide)' : formatPath(i.path);
        return {
          path: i.path.length === 0 ? `slides[${index}]` : at(field),
          item,
          field,
          message: i.message,
        };
      }),
    };
  const problems = checkSlideRules(parsed.data, bundle);
  if (problems.length > 0)
    return {
      ok: false,
      issues: problems.map((p) => ({
        path: at(p.field),
        item,
        field: p.field,
        message: p.message,
      })),
    };
  return { ok: true, slide: parsed.data };
}

function assemble(envelope: Envelope, slides: Slide[]): Deck {
  return {
    format: DECK_FORMAT,
    bundleId: envelope.bundleId,
    ...(envelope.title !== undefined && envelope.title !== '' ? { title: envelope.title } : {}),
    slides,
  };
}

/**
 * The gate for a deck from a file or the shipped defaults: all or nothing. Every problem is
 * listed (item, field, why) so a person can fix the file; a bad deck never replaces a good one.
 */
export function validateDeck(data: unknown, bundle: Bundle): DeckValidation {
  const envelope = checkEnvelope(data, bundle);
  if (!envelope.ok) return envelope;
  const issues: DeckIssue[] = [];
  const slides: Slide[] = [];
  const ids = new Map<string, number>();
  envelope.envelope.slides.forEach((raw, i) => {
    const result = checkSlide(raw, i, bundle);
    if (!result.ok) {
      issues.push(...result.issues);
      return;
    }
    const previous = ids.get(result.slide.id);
    if (previous !== undefined)
      issues.push({
        path: `slides[${i}].id`,
        item: slideLabel(raw, i),
        field: 'id',
        message: `${quoteText(result.slide.id)} is already the id of slide ${previous + 1}`,
      });
    else ids.set(result.slide.id, i);
    slides.push(result.slide);
  });
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, deck: assemble(envelope.envelope, slides) };
}

/** Parses JSON text and validates it; a syntax error is an issue like any other. */
export function validateDeckText(json: string, bundle: Bundle): DeckValidation {
  const parsed = parseJsonFile(json);
  return parsed.ok ? validateDeck(parsed.data, bundle) : { ok: false, issues: [parsed.issue] };
}

/** What recovery kept and what it set aside. */
export interface DeckRecovery {
  /** null when not even the deck around the slides could be read. */
  deck: Deck | null;
  /** Problems with the deck as a whole. */
  deckIssues: DeckIssue[];
  /** Slides set aside, each with its reasons. */
  setAside: { label: string; issues: DeckIssue[] }[];
}

/**
 * For saved decks: storage can be edited, truncated or written by an older version, and a
 * person's work should not vanish because one slide went bad. Valid slides are kept in order;
 * each bad one is listed with its reasons. A repeated id is renamed, not dropped.
 */
export function recoverDeck(data: unknown, bundle: Bundle): DeckRecovery {
  const envelope = checkEnvelope(data, bundle);
  if (!envelope.ok) return { deck: null, deckIssues: envelope.issues, setAside: [] };
  const slides: Slide[] = [];
  const setAside: DeckRecovery['setAside'] = [];
  const ids = new Set<string>();
  envelope.envelope.slides.forEach((raw, i) => {
    const result = checkSlide(raw, i, bundle);
    if (!result.ok) {
      setAside.push({ label: slideLabel(raw, i), issues: result.issues });
      return;
    }
    let { id } = result.slide;
    for (let n = 2; ids.has(id); n += 1) id = `${result.slide.id}-${n}`;
    ids.add(id);
    slides.push({ ...result.slide, id });
  });
  return { deck: assemble(envelope.envelope, slides), deckIssues: [], setAside };
}

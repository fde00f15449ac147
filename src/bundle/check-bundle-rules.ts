import type { Bundle, Span, When } from './bundle-schema';
import type { BundleIssue } from './bundle-issue';
import { daysInMonth, isRealDate } from './is-real-date';
import { quoteId, quoteText } from './describe-value';
import { loneSurrogates, splitsSurrogatePair } from './surrogates';
import { hasNonAscii, sliceCodePoints, sliceUtf8Bytes } from './offset-units';

/** Mismatched mentions read again in other units; a bound, since each try walks the text. */
const MAX_UNIT_GUESSES = 200;

/** Short quote of a passage for error messages: enough to find it, never the whole article. */
function quote(text: string, start: number, end: number): string {
  return quoteText(text.slice(Math.max(0, start), Math.min(text.length, end)));
}

/** The first and last day a partial date can mean, for ordering dates of different precision. */
export function earliestDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function latestDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = daysInMonth(y, m);
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

/** What the rules may be told besides the bundle. */
export interface RuleOptions {
  /**
   * Whether an entity id exists though it is not in `bundle` (its item failed the schema and was
   * left out): a reference to one is not an error of its own.
   */
  isKnown?: (id: string) => boolean;
}

/**
 * The rules a schema cannot express: ids, references, offsets, mention text, evidence, dates.
 * Runs on data that already has the right shape.
 */
export function checkBundleRules(bundle: Bundle, options: RuleOptions = {}): BundleIssue[] {
  const known = options.isKnown ?? (() => false);
  const issues: BundleIssue[] = [];
  const { text, blocks } = bundle.article;
  const add = (path: string, item: string, field: string, message: string) =>
    issues.push({ path, item, field, message });

  // One id space: a URL names any item by its id alone, so ids may not repeat across kinds.
  const seen = new Map<string, string>();
  const claim = (id: string, path: string, item: string) => {
    const previous = seen.get(id);
    if (previous !== undefined)
      add(
        `${path}.id`,
        item,
        'id',
        `id ${quoteId(id)} is already used by ${previous}; give this one an id of its own`,
      );
    else seen.set(id, item);
  };
  blocks.forEach((b, i) => claim(b.id, `article.blocks[${i}]`, `block ${i + 1} ${quoteId(b.id)}`));
  bundle.entities.forEach((e, i) =>
    claim(e.id, `entities[${i}]`, `entity ${i + 1} ${quoteId(e.id)}`),
  );
  bundle.relations.forEach((r, i) =>
    claim(r.id, `relations[${i}]`, `relation ${i + 1} ${quoteId(r.id)}`),
  );
  bundle.events.forEach((e, i) => claim(e.id, `events[${i}]`, `event ${i + 1} ${quoteId(e.id)}`));
  bundle.journeys.forEach((j, i) => {
    claim(j.id, `journeys[${i}]`, `journey ${i + 1} ${quoteId(j.id)}`);
    j.legs.forEach((l, k) =>
      claim(l.id, `journeys[${i}].legs[${k}]`, `leg ${k + 1} ${quoteId(l.id)}`),
    );
  });

  for (const field of ['published', 'modified'] as const) {
    const value = bundle.article[field];
    if (value !== undefined && !isRealDate(value.slice(0, 10)))
      add(
        `article.${field}`,
        'article',
        field,
        `${quoteId(value)} is not a real date (${quoteId(value.slice(0, 10))} is not on the calendar); write a date that is (YYYY-MM-DD)`,
      );
  }

  // Offsets are UTF-16 code units: text that is not valid Unicode cannot be marked reliably.
  const lone = loneSurrogates(text, 3);
  if (lone.count > 0)
    add(
      'article.text',
      'article',
      'text',
      `has ${lone.count} lone surrogate${lone.count === 1 ? '' : 's'} (half of a character, at offset ${lone.offsets.join(', ')}${lone.count > lone.offsets.length ? ', …' : ''}); save the file as valid UTF-8`,
    );

  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  const mustBeEntity = (ref: string | undefined, path: string, item: string, field: string) => {
    if (ref !== undefined && !entities.has(ref) && !known(ref))
      add(
        path,
        item,
        field,
        `refers to ${quoteId(ref)}, which is not an entity of this bundle; choose one of the story's entities, or add it`,
      );
  };

  const checkSpan = (span: Span, path: string, item: string, field: string): boolean => {
    if (span.end <= span.start) {
      add(
        path,
        item,
        field,
        `is empty or reversed (start ${span.start}, end ${span.end}); the end must come after the start`,
      );
      return false;
    }
    if (span.end > text.length) {
      add(
        path,
        item,
        field,
        `ends at ${span.end}, past the end of the article text (${text.length} characters); a passage must lie inside the text`,
      );
      return false;
    }
    const split = [span.start, span.end].find((offset) => splitsSurrogatePair(text, offset));
    if (split !== undefined) {
      add(
        path,
        item,
        field,
        `${split === span.start ? 'starts' : 'ends'} at ${split}, between the two halves of one character (a surrogate pair); offsets must fall between characters`,
      );
      return false;
    }
    return true;
  };

  const checkWhen = (when: When | undefined, path: string, item: string) => {
    if (when === undefined) return;
    for (const key of ['start', 'end'] as const) {
      const value = when[key];
      if (value !== undefined && !isRealDate(value))
        add(
          `${path}.when.${key}`,
          item,
          `when.${key}`,
          `${quoteId(value)} is not a real date; write one that is on the calendar (YYYY, YYYY-MM or YYYY-MM-DD)`,
        );
    }
    if (
      when.end !== undefined &&
      isRealDate(when.start) &&
      isRealDate(when.end) &&
      latestDay(when.end) < earliestDay(when.start)
    )
      add(
        `${path}.when.end`,
        item,
        'when.end',
        `${quoteId(when.end)} is before its start ${quoteId(when.start)}; the start is the earlier date`,
      );
  };

  const checkBasis = (
    x: { basis: 'stated' | 'inferred'; note?: string | undefined; evidence: Span[] },
    path: string,
    item: string,
  ) => {
    if (x.basis === 'stated' && x.evidence.length === 0)
      add(
        `${path}.evidence`,
        item,
        'evidence',
        'cites no passage, but the basis is "stated": cite the passage that says it, or make the basis "inferred" and say why in the note',
      );
    if (x.basis === 'inferred' && (x.note === undefined || x.note.trim() === ''))
      add(
        `${path}.note`,
        item,
        'note',
        'is missing, but the basis is "inferred": say in the note why you conclude it',
      );
    x.evidence.forEach((s, k) => checkSpan(s, `${path}.evidence[${k}]`, item, 'evidence'));
  };

  // Blocks: in order, not overlapping, inside the text.
  let previousEnd = 0;
  blocks.forEach((b, i) => {
    const item = `block ${i + 1} ${quoteId(b.id)}`;
    const path = `article.blocks[${i}]`;
    if (!checkSpan(b, path, item, 'start/end')) return;
    if (b.start < previousEnd)
      add(
        `${path}.start`,
        item,
        'start',
        `starts at ${b.start}, inside or before the previous block (which ends at ${previousEnd}); blocks follow each other without overlapping`,
      );
    previousEnd = Math.max(previousEnd, b.end);
  });

  bundle.entities.forEach((e, i) => {
    const item = `entity ${i + 1} ${quoteId(e.id)}`;
    mustBeEntity(e.country, `entities[${i}].country`, item, 'country');
  });

  // Mentions: entity exists, span valid, text matches a name, sorted, no overlaps (the reader
  // marks each character once). A miss is read again as byte or code point offsets, the usual
  // slip, so the message can say which unit was used instead of just "does not match".
  const nonAscii = hasNonAscii(text);
  let unitGuesses = 0;
  let byteMentions = 0;
  let pointMentions = 0;
  const otherUnit = (start: number, end: number, names: string[]): string => {
    if (!nonAscii || unitGuesses >= MAX_UNIT_GUESSES) return '';
    unitGuesses += 1;
    const asBytes = sliceUtf8Bytes(text, start, end);
    if (asBytes !== null && names.includes(asBytes)) {
      byteMentions += 1;
      return `; read as UTF-8 byte offsets it would be ${quoteText(asBytes)}: offsets count UTF-16 code units (JavaScript string indices), not bytes`;
    }
    const asPoints = sliceCodePoints(text, start, end);
    if (asPoints !== null && names.includes(asPoints)) {
      pointMentions += 1;
      return `; read as code point offsets (Python's) it would be ${quoteText(asPoints)}: offsets count UTF-16 code units, where a character outside the BMP (an emoji, 𠮷) counts 2`;
    }
    return '';
  };
  let lastMentionEnd = -1;
  let lastMentionIndex = -1;
  let previousStart = -1;
  bundle.mentions.forEach((m, i) => {
    const item = `mention ${i + 1} (of ${quoteText(m.entity, 80, '')})`;
    const path = `mentions[${i}]`;
    const entity = entities.get(m.entity);
    const names = entity === undefined ? [] : [entity.name, ...entity.aliases];
    if (entity === undefined && !known(m.entity)) {
      add(
        `${path}.entity`,
        item,
        'entity',
        `refers to ${quoteId(m.entity)}, which is not an entity of this bundle; choose one of the story's entities, or add it`,
      );
    }
    if (m.end > text.length && m.end > m.start) {
      add(
        path,
        item,
        'start/end',
        `ends at ${m.end}, past the end of the article text (${text.length} characters)${otherUnit(m.start, m.end, names)}`,
      );
      return;
    }
    if (!checkSpan(m, path, item, 'start/end')) return;
    const surface = text.slice(m.start, m.end);
    if (entity !== undefined && !names.includes(surface))
      add(
        path,
        item,
        'start/end',
        `marks ${quote(text, m.start, m.end)}, which is neither the name ${quoteText(entity.name)} nor an alias of ${quoteText(entity.id, 80, '')}${otherUnit(m.start, m.end, names) || '; mark the name as written, or add these words to its aliases'}`,
      );
    if (m.start < previousStart) {
      const before = bundle.mentions[i - 1];
      add(
        `${path}.start`,
        item,
        'start',
        `is out of order: ${quote(text, m.start, m.end)} starts at ${m.start}, before mention ${i}${before === undefined ? '' : ` (${quote(text, before.start, before.end)} at ${before.start})`}; sort the mentions by start`,
      );
    } else if (m.start < lastMentionEnd) {
      const other = bundle.mentions[lastMentionIndex];
      add(
        `${path}.start`,
        item,
        'start',
        `${quote(text, m.start, m.end)} (${m.start}–${m.end}) overlaps mention ${lastMentionIndex + 1}${other === undefined ? '' : ` ${quote(text, other.start, other.end)} (${other.start}–${other.end})`}; a character belongs to one mention only: keep the longer name and drop the other`,
      );
    }
    previousStart = Math.max(previousStart, m.start);
    if (m.end > lastMentionEnd) {
      lastMentionEnd = m.end;
      lastMentionIndex = i;
    }
  });
  if (byteMentions + pointMentions > 0)
    issues.unshift({
      path: 'mentions',
      item: 'mentions',
      field: 'start/end',
      message: `${byteMentions + pointMentions} mention${byteMentions + pointMentions === 1 ? '' : 's'} match their names only when the offsets are read as ${byteMentions >= pointMentions ? 'UTF-8 bytes' : 'code points'}: this format counts UTF-16 code units (JavaScript string indices). Recompute the offsets from the text in JavaScript, or open the story in New story, which marks names for you`,
    });

  bundle.relations.forEach((r, i) => {
    const item = `relation ${i + 1} ${quoteId(r.id)}`;
    const path = `relations[${i}]`;
    mustBeEntity(r.source, `${path}.source`, item, 'source');
    mustBeEntity(r.target, `${path}.target`, item, 'target');
    checkWhen(r.when, path, item);
    checkBasis(r, path, item);
  });

  bundle.events.forEach((e, i) => {
    const item = `event ${i + 1} ${quoteId(e.id)}`;
    const path = `events[${i}]`;
    mustBeEntity(e.place, `${path}.place`, item, 'place');
    e.participants.forEach((p, k) =>
      mustBeEntity(p, `${path}.participants[${k}]`, item, 'participants'),
    );
    checkWhen(e.when, path, item);
    checkBasis(e, path, item);
  });

  bundle.journeys.forEach((j, i) => {
    const jItem = `journey ${i + 1} ${quoteId(j.id)}`;
    mustBeEntity(j.traveler, `journeys[${i}].traveler`, jItem, 'traveler');
    j.legs.forEach((l, k) => {
      const item = `leg ${k + 1} ${quoteId(l.id)} of journey ${quoteId(j.id)}`;
      const path = `journeys[${i}].legs[${k}]`;
      mustBeEntity(l.from, `${path}.from`, item, 'from');
      mustBeEntity(l.to, `${path}.to`, item, 'to');
      checkWhen(l.when, path, item);
      checkBasis(l, path, item);
    });
  });

  return issues;
}

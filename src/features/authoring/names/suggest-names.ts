import type { EntityKind } from '../../../bundle/bundle-schema';
import { markNames, wholeWordFinder } from '../../../lib/mark-names';
import type { CountryRow } from '../places/gazetteer-types';
import { capitalRuns, type CapitalRun } from './capital-runs';
import {
  EVENT_WORDS,
  MEDIA_NAMES,
  NAME_JOINERS,
  ORG_WORDS,
  SENTENCE_WORDS,
  TITLE_WORDS,
} from './name-words';
import { trimName } from './trim-name';

/** A name New story proposes; the user accepts, rejects, renames, re-kinds or merges it. */
export interface NameSuggestion {
  /** Stable while the text is unchanged: the kind and the name. */
  key: string;
  name: string;
  kind: EntityKind;
  /** Other forms found in the text (a surname, an adjective, an abbreviation). */
  aliases: string[];
  /** 0–1, from how the name was found (a table beats a guess) and how often it occurs. */
  confidence: number;
  /** Whole-word occurrences of the name and its aliases, longest first, each character once. */
  occurrences: number;
  /** Why it was suggested, in words. */
  source: string;
  /** ISO alpha-2 of a country suggested from the table. */
  countryCode?: string;
}

/** Part-of-speech tags for the words of the text, by start offset (compromise's, or none). */
export type TagLookup = (start: number) => readonly string[];

/** Everything the suggester needs besides the text; passed in so tests and the page share it. */
export interface SuggestOptions {
  countries: readonly CountryRow[];
  tagsAt: TagLookup;
  /** True when the gazetteer knows a populated place by this name. */
  isPlace: (name: string) => boolean;
  /** Passages that are set in title case (headlines): names are only confirmed there, not found. */
  titleCase?: readonly { start: number; end: number }[];
}

interface Candidate {
  name: string;
  kind: EntityKind;
  confidence: number;
  source: string;
  aliases: Set<string>;
  countryCode?: string;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'City', 'Region', 'Country'];
const ORG_TAGS = ['Organization', 'SportsTeam', 'School', 'Company'];

/** The text of the i-th word ('' past the end), so callers need no assertion. */
function wordAt(words: CapitalRun['words'], i: number): string {
  return words[i]?.text ?? '';
}

function hasTag(tags: readonly string[], wanted: readonly string[]): boolean {
  return tags.some((t) => wanted.includes(t));
}

/**
 * Cuts a title off the front: "Deputy Secretary of State Helen Marsh" → "Helen Marsh". A title
 * led by words of its own ("Economy Minister Carolina Méndez Ruiz", "Federal Coordinating
 * Officer Marcus T. Ellison") is cut at its last title word when a name of two words or more
 * follows it.
 */
function dropTitle(words: CapitalRun['words']): { rest: CapitalRun['words']; titled: boolean } {
  let i = 0;
  while (i < words.length - 1) {
    const w = wordAt(words, i);
    if (TITLE_WORDS.has(w)) i += 1;
    else if ((w === 'of' || w === 'for') && i > 0 && i + 2 < words.length) i += 2;
    else break;
  }
  if (i === 0) {
    let last = -1;
    words.forEach((w, k) => {
      if (TITLE_WORDS.has(w.text)) last = k;
    });
    if (last > 0 && words.length - last - 1 >= 2 && words[last - 1]?.text !== 'of') i = last + 1;
  }
  return { rest: words.slice(i), titled: i > 0 };
}

/** True when a run names a happening (a storm, a meeting): its first or last word says so. */
function isEvent(words: CapitalRun['words']): boolean {
  const last = words[words.length - 1]?.text.replace(/['’]s?$/u, '') ?? '';
  return EVENT_WORDS.has(wordAt(words, 0)) || (words.length > 1 && EVENT_WORDS.has(last));
}

/**
 * Suggests the people, places, organisations, countries and news media an article names.
 * Countries come from the shipped table (names, short forms, adjectives: "Japanese", "U.S."),
 * the rest from runs of capitalised words, classified by the words around them (a title makes a
 * person, "University" an organisation), the gazetteer, and compromise's tags. A surname or
 * first name alone joins the full name it belongs to as an alias. Occurrences are counted the
 * way they will be marked (longest name first, whole words).
 */
export function suggestNames(text: string, options: SuggestOptions): NameSuggestion[] {
  const byName = new Map<string, Candidate>();
  const add = (c: Omit<Candidate, 'aliases'> & { aliases?: string[] }) => {
    const existing = byName.get(c.name);
    if (existing === undefined || existing.confidence < c.confidence)
      byName.set(c.name, {
        ...c,
        aliases: new Set([...(existing?.aliases ?? []), ...(c.aliases ?? [])]),
      });
  };

  // 1. Countries from the table: every form found in the text, grouped under the country. The
  // text's words are indexed once (a thousand forms scanned over a long article took seconds).
  const find = wholeWordFinder(text);
  // A form several rows share ("American": the United States and the Northern Mariana Islands)
  // goes to those of them the text also names otherwise; when it names none of them, to the one
  // with the most names in the table (the most widely written about; table order breaks a tie),
  // since each occurrence can be marked for one country only.
  const formsOf = (c: CountryRow) => [...new Set([c.name, ...c.aliases, ...c.adjectives])];
  const sharers = new Map<string, number[]>();
  options.countries.forEach((c, i) => {
    for (const f of formsOf(c)) sharers.set(f, [...(sharers.get(f) ?? []), i]);
  });
  const foundForms = options.countries.map((c) =>
    formsOf(c).filter((f) => f.trim() !== '' && find(f).length > 0),
  );
  const ownFound = foundForms.map((forms) => forms.some((f) => sharers.get(f)?.length === 1));
  const owns = (i: number, form: string): boolean => {
    const rows = sharers.get(form) ?? [i];
    if (rows.length === 1) return true;
    if (rows.some((j) => ownFound[j] === true)) return ownFound[i] === true;
    const size = (j: number) => {
      const c = options.countries[j];
      return c === undefined ? 0 : formsOf(c).length;
    };
    return rows.reduce((best, j) => (size(j) > size(best) ? j : best)) === i;
  };
  options.countries.forEach((country, i) => {
    const found = (foundForms[i] ?? []).filter((f) => owns(i, f));
    if (found.length === 0) return;
    add({
      name: country.name,
      kind: 'country',
      confidence: 0.95,
      source: 'country table',
      aliases: found.filter((f) => f !== country.name),
      countryCode: country.code,
    });
  });
  const countryForms = new Set(
    options.countries.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives]),
  );
  const inTitleCase = (start: number) =>
    (options.titleCase ?? []).some((p) => start >= p.start && start < p.end);

  // 2. Runs of capitalised words. A run joined by "of" may be a person and what they belong to
  // ("Pieter Rossi of Belgium", "Senior Director Lena Park of the National Security Council"):
  // the part before is read on its own when it names no organisation.
  const singles: { name: string; tags: readonly string[]; sentenceStart: boolean }[] = [];
  const surface = (ws: CapitalRun['words']) => {
    const first = ws[0];
    const last = ws[ws.length - 1];
    return first === undefined || last === undefined
      ? ''
      : trimName(text.slice(first.start, last.start + last.text.length));
  };
  const isOrg = (ws: CapitalRun['words']) => ws.length > 1 && ws.some((w) => ORG_WORDS.has(w.text));
  const classify = (words: CapitalRun['words'], sentenceStart: boolean) => {
    while (
      words.length > 0 &&
      (SENTENCE_WORDS.has(wordAt(words, 0)) || NAME_JOINERS.has(wordAt(words, 0)))
    )
      words = words.slice(1);
    if (words.length === 0) return;
    // A country's adjective or name in front ("Kenyan Foreign Minister Daniel Otieno") belongs to
    // the country, which step 1 found; the rest is read on its own.
    // An organisation keeps its country ("U.S. Agency for International Development",
    // "Philippine Coast Guard"): that is how it is named.
    for (const n of [3, 2, 1])
      if (words.length > n && countryForms.has(surface(words.slice(0, n)))) {
        const rest = words.slice(n);
        if (isOrg(rest) || (rest.length === 1 && ORG_WORDS.has(wordAt(rest, 0)))) break;
        classify(rest, false);
        return;
      }
    if (isEvent(words)) return;
    const whole = surface(words);
    if (countryForms.has(whole)) return;
    if (MEDIA_NAMES.has(whole)) {
      add({ name: whole, kind: 'media', confidence: 0.9, source: 'news media list' });
      return;
    }
    const of = words.findIndex((w, i) => i > 0 && w.text === 'of');
    if (of > 0) {
      const left = words.slice(0, of);
      let right = words.slice(of + 1);
      while (right.length > 0 && NAME_JOINERS.has(wordAt(right, 0))) right = right.slice(1);
      const leftIsTitle = TITLE_WORDS.has(wordAt(left, 0));
      if (
        !isOrg(left) &&
        !ORG_WORDS.has(wordAt(left, 0)) &&
        right.length > 0 &&
        (leftIsTitle || left.length >= 2 || countryForms.has(surface(right)))
      ) {
        if (!left.every((w) => TITLE_WORDS.has(w.text))) classify(left, sentenceStart);
        classify(right, false);
        return;
      }
    }
    if (isOrg(words)) {
      add({ name: whole, kind: 'organization', confidence: 0.8, source: 'organisation word' });
      return;
    }
    const { rest, titled } = dropTitle(words);
    if (rest.length === 0 || rest.every((w) => TITLE_WORDS.has(w.text))) return;
    const name = surface(rest);
    if (countryForms.has(name)) return;
    const tags = rest.flatMap((w) => options.tagsAt(w.start));
    const place = options.isPlace(name);
    // "the Article Atlas test corpus": nobody writes "the" before a person's name.
    const afterThe = /\bthe\s+$/iu.test(
      text.slice(Math.max(0, (rest[0]?.start ?? 0) - 6), rest[0]?.start),
    );
    if (titled) {
      add({ name, kind: 'person', confidence: 0.9, source: 'title before the name' });
    } else if (place && !hasTag(tags, ['FirstName', 'MaleName', 'FemaleName'])) {
      add({
        name,
        kind: 'place',
        confidence: hasTag(tags, PLACE_TAGS) ? 0.85 : 0.75,
        source: 'gazetteer',
      });
    } else if (rest.length === 1) {
      singles.push({ name, tags, sentenceStart: sentenceStart && rest === words });
    } else if (hasTag(tags, PERSON_TAGS) && !afterThe) {
      add({ name, kind: 'person', confidence: 0.8, source: 'compromise (person)' });
    } else if (hasTag(tags, ORG_TAGS)) {
      add({ name, kind: 'organization', confidence: 0.6, source: 'compromise (organisation)' });
    } else if (hasTag(tags, PLACE_TAGS) && !rest.some((w) => w.text.includes('-'))) {
      add({ name, kind: 'place', confidence: 0.5, source: 'compromise (place)' });
    } else if (rest.length <= 3) {
      if (!afterThe) add({ name, kind: 'person', confidence: 0.4, source: 'capitalised words' });
    } else {
      add({ name, kind: 'organization', confidence: 0.4, source: 'capitalised words' });
    }
  };
  for (const run of capitalRuns(text)) {
    if (!inTitleCase(run.start)) classify(run.words, run.sentenceStart);
  }

  // 3. A single word: an alias of a person it names part of, else a name only with evidence.
  const people = [...byName.values()].filter((c) => c.kind === 'person');
  for (const single of singles) {
    if (byName.has(single.name)) continue;
    const owner = people.filter((p) => p.name.split(/\s+/).includes(single.name));
    const [only] = owner;
    if (owner.length === 1 && only !== undefined) {
      only.aliases.add(single.name);
      continue;
    }
    if (owner.length > 1 || single.sentenceStart) continue;
    if (hasTag(single.tags, ['Person', 'LastName', 'FirstName']))
      add({ name: single.name, kind: 'person', confidence: 0.45, source: 'compromise (person)' });
    else if (hasTag(single.tags, ORG_TAGS) || /^\p{Lu}{2,}$/u.test(single.name))
      add({
        name: single.name,
        kind: 'organization',
        confidence: 0.4,
        source: 'acronym or organisation',
      });
  }

  // 4. Occurrences as they will be marked, and confidence from how often the name occurs.
  const list = [...byName.values()];
  const hits = markNames(
    text,
    list.flatMap((c, i) => [c.name, ...c.aliases].map((name) => ({ key: i, name }))),
  );
  const counts = new Map<number, number>();
  for (const h of hits) counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
  return list
    .map((c, i) => {
      const occurrences = counts.get(i) ?? 0;
      const boost = Math.min(0.1, (occurrences - 1) * 0.03);
      return {
        key: `${c.kind}:${c.name}`,
        name: c.name,
        kind: c.kind,
        aliases: [...c.aliases].filter((a) => a !== c.name),
        confidence: Math.round(Math.min(0.99, c.confidence + boost) * 100) / 100,
        occurrences,
        source: c.source,
        ...(c.countryCode === undefined ? {} : { countryCode: c.countryCode }),
      };
    })
    .filter((s) => s.occurrences > 0)
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        b.occurrences - a.occurrences ||
        a.name.localeCompare(b.name),
    );
}

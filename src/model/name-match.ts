import { damerauDistance } from './damerau-distance';
import { normaliseForSearch } from './normalise-for-search';
import { romanisationKey } from './romanisation-key';

/** One name of an entity, prepared once in the forms a query is compared with. */
export interface NameForms {
  /** Normalised words: "choe son hui". */
  tokens: string[];
  /** The words run together: "choesonhui" (spaces, hyphens or none inside a name are one). */
  joined: string;
  /** Joined runs that start at each word: ["choesonhui", "sonhui", "hui"]. */
  tails: string[];
  /** romanisationKey of each tail. */
  keyTails: string[];
}

export function nameForms(name: string): NameForms {
  const tokens = normaliseForSearch(name).split(' ').filter(Boolean);
  const tails = tokens.map((_, i) => tokens.slice(i).join(''));
  return { tokens, joined: tails[0] ?? '', tails, keyTails: tails.map(romanisationKey) };
}

/**
 * Score tiers, highest first. A tier is never outranked by a lower one, which is how "exact and
 * prefix matches of a name rank above fuzzy matches of another" holds by construction.
 */
export const MATCH_TIER = {
  exact: 100,
  prefix: 90,
  wordStart: 80,
  words: 75,
  romanisedExact: 70,
  romanisedPrefix: 65,
  fuzzy: 50,
  fuzzyWords: 35,
} as const;

/** Edits forgiven for a query of this many letters: none below 4, one up to 7, then two. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** The closest `name` (or a start of it) comes to `query`, in edits, capped at max + 1. */
function fuzzyPrefixDistance(query: string, name: string, max: number): number {
  let best = damerauDistance(query, name, max);
  // Starts of the name about as long as the query: "kogn" against "kong…", never "k".
  for (let len = Math.max(query.length - max, 3); len <= query.length + max; len++)
    if (len < name.length) best = Math.min(best, damerauDistance(query, name.slice(0, len), max));
  return best;
}

/**
 * How well a query matches one name: 0 for no match, else its tier (minus edits for fuzzy ones).
 * `query` is prepared by nameForms too.
 */
export function scoreName(query: NameForms, name: NameForms): number {
  const q = query.joined;
  if (q === '' || name.joined === '') return 0;
  if (q === name.joined) return MATCH_TIER.exact;
  if (name.joined.startsWith(q)) return MATCH_TIER.prefix;
  if (name.tails.some((t) => t.startsWith(q))) return MATCH_TIER.wordStart;
  const free = [...name.tokens];
  const allWords =
    query.tokens.length > 1 &&
    query.tokens.every((qt) => {
      const i = free.findIndex((t) => t.startsWith(qt));
      if (i >= 0) free.splice(i, 1);
      return i >= 0;
    });
  if (allWords) return MATCH_TIER.words;

  const qk = query.keyTails[0] ?? '';
  if (qk === name.keyTails[0]) return MATCH_TIER.romanisedExact;
  if (qk.length >= 3 && name.keyTails.some((t) => t.startsWith(qk)))
    return MATCH_TIER.romanisedPrefix;

  const max = allowedEdits(q.length);
  const keyMax = allowedEdits(qk.length);
  if (max > 0) {
    let best = max + 1;
    name.tails.forEach((tail, i) => {
      best = Math.min(best, fuzzyPrefixDistance(q, tail, max));
      if (keyMax > 0)
        best = Math.min(best, fuzzyPrefixDistance(qk, name.keyTails[i] ?? '', keyMax));
    });
    if (best <= max) return MATCH_TIER.fuzzy - 5 * best;
  }
  // Several words, each close to a different word of the name ("vladimr putn").
  if (query.tokens.length > 1) {
    const left = [...name.tokens];
    let edits = 0;
    for (const qt of query.tokens) {
      const allowed = allowedEdits(qt.length);
      let bestAt = -1;
      let bestD = allowed + 1;
      left.forEach((t, i) => {
        const d = t.startsWith(qt) ? 0 : fuzzyPrefixDistance(qt, t, allowed);
        if (d < bestD) [bestAt, bestD] = [i, d];
      });
      if (bestAt < 0) return 0;
      left.splice(bestAt, 1);
      edits += bestD;
    }
    return MATCH_TIER.fuzzyWords - edits;
  }
  return 0;
}

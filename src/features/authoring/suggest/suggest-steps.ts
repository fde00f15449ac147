import type nlp from 'compromise';
import type * as chronoEn from 'chrono-node/en';
import { suggestDates } from '../dates/suggest-dates';
import { tagLookup, tagPassage, type TagMap } from '../names/compromise-tags';
import { suggestNames } from '../names/suggest-names';
import { titleCasePassages } from '../names/title-case-passages';
import type { CountryRow } from '../places/gazetteer-types';
import type { SuggestRequest, SuggestResult } from './suggest-protocol';
import { tagRanges } from './tag-ranges';

/** The libraries and tables the suggestions are made from. */
export interface SuggestTools {
  compromise: typeof nlp;
  chrono: typeof chronoEn;
  countries: readonly CountryRow[];
  isPlace: (name: string) => boolean;
}

/**
 * Names and dates for a text, as a generator that yields after each tagged passage (the slow
 * part), so a caller can stop between passages when a newer text arrives. Run to completion it
 * gives the same result however it is driven: the worker and the quality bench share it.
 */
export function* suggestSteps(
  request: Omit<SuggestRequest, 'id'>,
  tools: SuggestTools,
): Generator<void, SuggestResult, void> {
  const { text, blocks, published } = request;
  const map: TagMap = new Map();
  const ranges = tagRanges(text, blocks.length > 0 ? blocks : [{ start: 0, end: text.length }]);
  for (const r of ranges) {
    tagPassage(tools.compromise, text, r.start, r.end, map);
    yield;
  }
  const names = suggestNames(text, {
    countries: tools.countries,
    tagsAt: tagLookup(map),
    isPlace: tools.isPlace,
    titleCase: titleCasePassages(text, blocks),
  });
  yield;
  const dates = /^\d{4}-\d{2}-\d{2}/.test(published)
    ? suggestDates(tools.chrono, text, published)
    : [];
  return { names, dates };
}

/** Runs the steps through on the calling thread (tests, benches). */
export function suggestAll(
  request: Omit<SuggestRequest, 'id'>,
  tools: SuggestTools,
): SuggestResult {
  const steps = suggestSteps(request, tools);
  for (let s = steps.next(); ; s = steps.next()) if (s.done === true) return s.value;
}

import { isRealDate } from '../bundle/is-real-date';
import {
  DEFAULT_VIEWS,
  MAX_VIEWS,
  PANE_NAMES,
  SELECTION_KINDS,
  VIEW_NAMES,
  type PaneName,
  type Selection,
  type ViewName,
  type ViewState,
} from './view-state';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const KIND_PATTERN = /^[a-z][a-z0-9-]*$/;

/** The fields of a ViewState that live in the query string (the path carries bundle and slide). */
export type QueryKey = Exclude<keyof ViewState, 'bundleId' | 'slide'>;

/** A parsed field: the value to use, and what was wrong with the link if it had to fall back. */
export interface FieldRead<T> {
  value: T;
  problem?: string;
}

/**
 * One URL field: how it reads, how it writes and what its default is. Parsing, serialising, the
 * slide schema and the slide ↔ workspace conversion all derive from this table, so adding a field
 * is one entry here.
 */
export interface ViewField<K extends QueryKey> {
  /** The query parameter, kept short so links stay short. */
  param: string;
  /** A fresh default each call, so nobody can mutate a shared array. */
  initial: () => ViewState[K];
  /** Reads the raw parameter; anything it cannot honour falls back and says why. */
  parse: (raw: string) => FieldRead<ViewState[K]>;
  /** The parameter's text, or null to leave it out (the default is always left out). */
  format: (value: ViewState[K]) => string | null;
  /**
   * Whether a briefing slide stores the field. The pane is a phone's tab, not what a slide
   * shows, so it is the one field a slide leaves out.
   */
  inSlide: boolean;
}

export function parseSelection(value: string): Selection | null {
  const colon = value.indexOf(':');
  if (colon <= 0) return null;
  const kind = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (!(SELECTION_KINDS as readonly string[]).includes(kind)) return null;
  if (kind === 'passage') {
    const m = /^(\d{1,7})-(\d{1,7})$/.exec(rest);
    if (!m) return null;
    const start = Number(m[1]);
    const end = Number(m[2]);
    return end > start ? { kind: 'passage', start, end } : null;
  }
  if (!ID_PATTERN.test(rest)) return null;
  return { kind: kind as Exclude<Selection['kind'], 'passage'>, id: rest };
}

export function formatSelection(selection: Selection): string {
  return selection.kind === 'passage'
    ? `passage:${selection.start}-${selection.end}`
    : `${selection.kind}:${selection.id}`;
}

function parseList(value: string): string[] {
  return value === '' ? [] : value.split(',').filter((v) => v !== '');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** A sorted, de-duplicated list of kinds (network filters); malformed entries are dropped. */
function kindListField(
  param: string,
): ViewField<'hiddenKinds' | 'hiddenRelations'> & { inSlide: true } {
  return {
    param,
    initial: () => [],
    parse: (raw) => {
      const list = parseList(raw);
      const bad = list.filter((v) => !KIND_PATTERN.test(v));
      const value = [...new Set(list.filter((v) => KIND_PATTERN.test(v)))].sort();
      return bad.length > 0
        ? { value, problem: `Ignored malformed filter ${bad.join(', ')}.` }
        : { value };
    },
    format: (value) => (value.length === 0 ? null : [...value].sort().join(',')),
    inSlide: true as const,
  };
}

export const VIEW_FIELDS = {
  views: {
    param: 'views',
    initial: () => [...DEFAULT_VIEWS],
    parse: (raw) => {
      const wanted = parseList(raw);
      const known = wanted.filter((v): v is ViewName =>
        (VIEW_NAMES as readonly string[]).includes(v),
      );
      const unknown = wanted.filter((v) => !known.includes(v as ViewName));
      const value = [...new Set(known)].slice(0, MAX_VIEWS);
      if (unknown.length > 0)
        return {
          value,
          problem: `Unknown view ${unknown.map((u) => `“${u}”`).join(', ')}; the views are ${VIEW_NAMES.join(', ')}.`,
        };
      return { value };
    },
    format: (value) => (sameList(value, DEFAULT_VIEWS) ? null : value.join(',')),
    inSlide: true,
  },
  pane: {
    param: 'pane',
    initial: () => 'article',
    parse: (raw) =>
      (PANE_NAMES as readonly string[]).includes(raw)
        ? { value: raw as PaneName }
        : { value: 'article', problem: `Unknown pane “${raw}”.` },
    format: (value) => (value === 'article' ? null : value),
    inSlide: false,
  },
  selection: {
    param: 'sel',
    initial: () => null,
    parse: (raw) => {
      const value = parseSelection(raw);
      return value === null
        ? {
            value,
            problem: `The selection “${raw}” in the link is malformed; expected e.g. entity:choe-son-hui.`,
          }
        : { value };
    },
    format: (value) => (value === null ? null : formatSelection(value)),
    inSlide: true,
  },
  asOf: {
    param: 'asof',
    initial: () => null,
    parse: (raw) =>
      /^\d{4}-\d{2}-\d{2}$/.test(raw) && isRealDate(raw)
        ? { value: raw }
        : { value: null, problem: `“${raw}” is not a date (YYYY-MM-DD); showing every date.` },
    format: (value) => value,
    inSlide: true,
  },
  hiddenKinds: kindListField('hide'),
  hiddenRelations: kindListField('hiderel'),
} satisfies { [K in QueryKey]: ViewField<K> };

const FIELD_TABLE: { [K in QueryKey]: ViewField<K> } = VIEW_FIELDS;

/** One field's entry, typed by its key (so generic code over the table type-checks). */
export function viewField<K extends QueryKey>(key: K): ViewField<K> {
  return FIELD_TABLE[key];
}

/** The table's keys in their URL order (the order problems are reported and params written). */
export const QUERY_KEYS = Object.keys(VIEW_FIELDS) as QueryKey[];

/** The fields a briefing slide stores (every field whose entry says `inSlide: true`). */
export type SlideKey = {
  [K in QueryKey]: (typeof VIEW_FIELDS)[K]['inSlide'] extends true ? K : never;
}[QueryKey];

export const SLIDE_KEYS = QUERY_KEYS.filter((k): k is SlideKey => VIEW_FIELDS[k].inSlide);

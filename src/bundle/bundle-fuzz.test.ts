import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateBundleText } from './validate-bundle';
import { MESSAGE_LIMIT } from './describe-value';
import { tinyBundle } from './fixtures/tiny-bundle';
import { seedBundle } from './fixtures/seed-bundle';
import { syntheticBundle } from './fixtures/synthetic-bundle';

/**
 * Property-based bundle fuzzer (issue 14). Seed bundles are mutated one to four times at random
 * paths (values swapped for hostile ones, keys dropped, array items copied, moved or removed),
 * written to JSON and read back through the one gate the app and the command line use. It must
 * never throw, every message it writes must be bounded, and it must accept nothing that the
 * independent oracle below — written from docs/bundle-format.md, sharing no code with the
 * validator — finds invalid. The run is seeded (FUZZ_SEED overrides it, FUZZ_RUNS scales it);
 * CI runs 10,000 cases; `npm run bench` runs five times as many with another seed.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

// ---------------------------------------------------------------- the oracle (independent)
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): Json | undefined =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function monthDays(y: number, m: number): number {
  return [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}
/** [earliest, latest] day of a partial date as yyyymmdd numbers, or null when not a real date. */
function dayRange(v: unknown): [number, number] | null {
  if (typeof v !== 'string') return null;
  const parts = v.split('-');
  if (parts.length > 3 || parts.some((p, i) => p.length !== (i === 0 ? 4 : 2) || !/^\d+$/.test(p)))
    return null;
  const [y, m, d] = parts.map(Number) as [number, number?, number?];
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (d !== undefined && m !== undefined && (d < 1 || d > monthDays(y, m))) return null;
  const lo = y * 10000 + (m ?? 1) * 100 + (d ?? 1);
  const hiM = m ?? 12;
  const hi = y * 10000 + hiM * 100 + (d ?? monthDays(y, hiM));
  return [lo, hi];
}
function isPublished(v: unknown): boolean {
  if (typeof v !== 'string' || v.length < 10) return false;
  if (dayRange(v.slice(0, 10)) === null || v.slice(0, 10).length !== 10) return false;
  const rest = v.slice(10);
  if (rest === '') return true;
  const m = /^T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(Z|[+-](\d\d):(\d\d))$/.exec(rest);
  if (m === null) return false;
  const num = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  return (
    num(m[1]) <= 23 && num(m[2]) <= 59 && num(m[3]) <= 59 && num(m[5]) <= 23 && num(m[6]) <= 59
  );
}
const high = (c: number) => c >= 0xd800 && c <= 0xdbff;
const low = (c: number) => c >= 0xdc00 && c <= 0xdfff;
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (high(c) && low(text.charCodeAt(i + 1))) i++;
    else if (high(c) || low(c)) return true;
  }
  return false;
}

/** Why the oracle finds this bundle invalid, or null when it finds nothing wrong. */
function oracle(b: unknown): string | null {
  if (!isObj(b)) return 'not an object';
  if (own(b, 'format') !== 'article-atlas/bundle@1') return 'format';
  if (!isId(own(b, 'id'))) return 'bundle id';
  const a = own(b, 'article');
  if (!isObj(a)) return 'article';
  for (const k of ['title', 'publisher', 'byline', 'text'])
    if (!nonEmpty(own(a, k))) return `article.${k}`;
  // At least two characters (code points: docs/bundle-format.md counts characters, not units).
  if (typeof own(a, 'language') !== 'string' || [...(own(a, 'language') as string)].length < 2)
    return 'language';
  if (!isPublished(own(a, 'published'))) return 'published';
  const modified = own(a, 'modified');
  if (modified !== undefined && !isPublished(modified)) return 'modified';
  const url = own(a, 'url');
  if (url !== undefined && typeof url !== 'string') return 'url';
  const text = own(a, 'text') as string;
  if (hasLoneSurrogate(text)) return 'lone surrogate';
  const list = (k: string): Json[] | null => {
    const v = own(b, k);
    return Array.isArray(v) ? v : null;
  };
  const entities = list('entities');
  const mentions = list('mentions');
  const relations = list('relations');
  const events = list('events');
  const journeys = list('journeys');
  if (!entities || !mentions || !relations || !events || !journeys) return 'a list is missing';
  const blocks = own(a, 'blocks');
  if (!Array.isArray(blocks) || blocks.length === 0) return 'blocks';

  const ids = new Set<string>();
  const claim = (v: unknown): boolean => {
    if (!isId(v) || ids.has(v)) return false;
    ids.add(v);
    return true;
  };
  const span = (s: unknown): boolean => {
    if (!isObj(s)) return false;
    const start = own(s, 'start');
    const end = own(s, 'end');
    if (!isNat(start) || !isNat(end) || end <= start || end > text.length) return false;
    const splits = (at: number) => high(text.charCodeAt(at - 1)) && low(text.charCodeAt(at));
    return !splits(start) && !splits(end);
  };
  let prevEnd = 0;
  for (const bl of blocks) {
    if (!isObj(bl) || !claim(own(bl, 'id'))) return 'block id';
    if (!['headline', 'caption', 'paragraph', 'byline', 'note'].includes(own(bl, 'kind') as string))
      return 'block kind';
    if (!span(bl)) return 'block span';
    if ((own(bl, 'start') as number) < prevEnd) return 'block order';
    prevEnd = own(bl, 'end') as number;
  }
  const names = new Map<string, string[]>();
  for (const e of entities) {
    if (!isObj(e) || !claim(own(e, 'id'))) return 'entity id';
    if (!['person', 'country', 'organization', 'place', 'media'].includes(own(e, 'kind') as string))
      return 'entity kind';
    const aliases = own(e, 'aliases');
    if (!nonEmpty(own(e, 'name')) || !Array.isArray(aliases) || !aliases.every(nonEmpty))
      return 'entity names';
    const summary = own(e, 'summary');
    if (summary !== undefined && typeof summary !== 'string') return 'summary';
    const loc = own(e, 'location');
    if (loc !== undefined) {
      const lat = isObj(loc) ? own(loc, 'lat') : undefined;
      const lon = isObj(loc) ? own(loc, 'lon') : undefined;
      if (typeof lat !== 'number' || typeof lon !== 'number') return 'location';
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return 'location range';
    }
    names.set(own(e, 'id') as string, [own(e, 'name') as string, ...(aliases as string[])]);
  }
  const isEntity = (v: unknown) => typeof v === 'string' && names.has(v);
  for (const e of entities) {
    const country = own(e as Obj, 'country');
    if (country !== undefined && !isEntity(country)) return 'country';
  }
  let lastStart = -1;
  let lastEnd = 0;
  for (const m of mentions) {
    if (!isObj(m) || !isEntity(own(m, 'entity'))) return 'mention entity';
    if (!span(m)) return 'mention span';
    const start = own(m, 'start') as number;
    const end = own(m, 'end') as number;
    if (!(names.get(own(m, 'entity') as string) ?? []).includes(text.slice(start, end)))
      return 'mention text';
    if (start < lastStart || start < lastEnd) return 'mention order';
    lastStart = start;
    lastEnd = Math.max(lastEnd, end);
  }
  const when = (w: unknown, required: boolean): boolean => {
    if (w === undefined) return !required;
    if (!isObj(w) || !nonEmpty(own(w, 'text'))) return false;
    const start = dayRange(own(w, 'start'));
    const endValue = own(w, 'end');
    if (start === null) return false;
    if (endValue === undefined) return true;
    const end = dayRange(endValue);
    return end !== null && end[1] >= start[0];
  };
  const grounded = (x: Obj): boolean => {
    const evidence = own(x, 'evidence');
    const note = own(x, 'note');
    if (!Array.isArray(evidence) || !evidence.every(span)) return false;
    if (note !== undefined && typeof note !== 'string') return false;
    if (own(x, 'basis') === 'stated') return evidence.length > 0;
    if (own(x, 'basis') === 'inferred') return typeof note === 'string' && note.trim() !== '';
    return false;
  };
  const status = (x: Obj) =>
    ['happened', 'planned', 'expected'].includes(own(x, 'status') as string);
  for (const r of relations) {
    if (!isObj(r) || !claim(own(r, 'id'))) return 'relation id';
    if (!nonEmpty(own(r, 'kind')) || !nonEmpty(own(r, 'label'))) return 'relation words';
    if (!isEntity(own(r, 'source')) || !isEntity(own(r, 'target'))) return 'relation ends';
    if (!when(own(r, 'when'), false) || !grounded(r)) return 'relation when/evidence';
  }
  for (const e of events) {
    if (!isObj(e) || !claim(own(e, 'id')) || !nonEmpty(own(e, 'label'))) return 'event id';
    const place = own(e, 'place');
    const participants = own(e, 'participants');
    if (place !== undefined && !isEntity(place)) return 'event place';
    if (!Array.isArray(participants) || !participants.every(isEntity)) return 'participants';
    if (!status(e) || !when(own(e, 'when'), true) || !grounded(e)) return 'event when/evidence';
  }
  for (const j of journeys) {
    if (!isObj(j) || !claim(own(j, 'id')) || !isEntity(own(j, 'traveler'))) return 'journey';
    const label = own(j, 'label');
    if (label !== undefined && typeof label !== 'string') return 'journey label';
    const legs = own(j, 'legs');
    if (!Array.isArray(legs) || legs.length === 0) return 'legs';
    for (const l of legs) {
      if (!isObj(l) || !claim(own(l, 'id'))) return 'leg id';
      if (!isEntity(own(l, 'from')) || !isEntity(own(l, 'to'))) return 'leg ends';
      if (!status(l) || !when(own(l, 'when'), false) || !grounded(l)) return 'leg when/evidence';
    }
  }
  return null;
}

// ---------------------------------------------------------------- mutations
/** Every path into the tree, so a mutation can land anywhere, the article text included. */
function paths(node: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(node)) node.forEach((v, i) => paths(v, [...at, i], out));
  else if (isObj(node)) for (const k of Object.keys(node)) paths(node[k] as Json, [...at, k], out);
  return out;
}

const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '\ud800',
    '\udc00x',
    '😀',
    '𠮷',
    '\u0000',
    '\r\n',
    '0000-02-29',
    '9999-12-31',
    '2019-02-29',
    '2020-13-01',
    '0000',
    '2018-10-08T24:00:00Z',
    '2018-10-08T17:06:00+09:00',
    'article-atlas/bundle@1',
    'person',
    'stated',
    'inferred',
    'happened',
    'Ann',
    'ann',
    'paris',
    'b1',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.nat({ max: 3000 }).map((n) => 'y'.repeat(n)),
);
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.constantFrom(0, -1, 1, 2, 1e9, 0.5, -0.0, 90.0001, 181, Number.MAX_SAFE_INTEGER + 2),
  fc.integer({ min: -5, max: 80 }),
  fc.constantFrom(null, true, false, [], {}, [{}], { start: 0, end: 3 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { op: 'set'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'copy'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'nudge'; at: number; by: number }
  | { op: 'splice'; at: number; text: string; offset: number }
  | { op: 'own-proto'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('copy' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    op: fc.constant('nudge' as const),
    at: fc.nat(),
    by: fc.integer({ min: -3, max: 3 }),
  }),
  fc.record({
    op: fc.constant('splice' as const),
    at: fc.nat(),
    text: hostileString,
    offset: fc.nat(),
  }),
  fc.record({ op: fc.constant('own-proto' as const), at: fc.nat() }),
);

function parentOf(root: Json, path: (string | number)[]): Json | undefined {
  let node: Json | undefined = root;
  for (const k of path.slice(0, -1))
    node = Array.isArray(node) ? node[k as number] : isObj(node) ? node[k as string] : undefined;
  return node;
}

/** Applies a mutation to a copy of the tree and returns it as the JSON text of a file. */
function mutate(seed: Json, steps: Mutation[]): string {
  const root = structuredClone(seed);
  for (const step of steps) {
    const all = paths(root).filter((p) => p.length > 0);
    const path = all[step.at % all.length];
    if (path === undefined) continue;
    const parent = parentOf(root, path);
    const key = path[path.length - 1] as string | number;
    const get = (): Json | undefined =>
      Array.isArray(parent)
        ? parent[key as number]
        : isObj(parent)
          ? parent[key as string]
          : undefined;
    const put = (v: Json) => {
      if (Array.isArray(parent)) parent[key as number] = v;
      else if (isObj(parent))
        Object.defineProperty(parent, key, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    };
    const current = get();
    switch (step.op) {
      case 'set':
        put(step.value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (isObj(parent)) Reflect.deleteProperty(parent, key);
        break;
      case 'copy':
        if (Array.isArray(parent) && current !== undefined)
          parent.splice(key as number, 0, structuredClone(current));
        break;
      case 'swap': {
        if (!Array.isArray(parent) || parent.length < 2) break;
        const j = step.with % parent.length;
        const a = parent[key as number] as Json;
        parent[key as number] = parent[j] as Json;
        parent[j] = a;
        break;
      }
      case 'nudge':
        if (typeof current === 'number') put(current + step.by);
        break;
      case 'splice':
        if (typeof current === 'string') {
          const at = step.offset % (current.length + 1);
          put(current.slice(0, at) + step.text + current.slice(at));
        }
        break;
      case 'own-proto':
        // A key a plain-object lookup would find on Object.prototype, as its own JSON key.
        if (isObj(current))
          Object.defineProperty(current, '__proto__', {
            value: 'x',
            enumerable: true,
            writable: true,
            configurable: true,
          });
        break;
    }
  }
  return JSON.stringify(root);
}

// ---------------------------------------------------------------- the property
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 1414);

/** A tiny story with every optional field in use, so mutations reach each rule. */
function richTiny(): Json {
  const b = tinyBundle();
  b.article.modified = '2018-10-09T08:00:00Z';
  b.entities[0]!.summary = 'A person.';
  b.events[0]!.note = 'As reported.';
  b.relations[0]!.when = { start: '2018-10', end: '2018-12', text: 'this month' };
  b.journeys[0]!.label = 'Ann’s trip';
  b.article.text = `${b.article.text} 😀`;
  return b as unknown as Json;
}

const seeds: [string, Json, number][] = [
  ['tiny (every optional field)', richTiny(), 7000],
  ['synthetic 12 entities', syntheticBundle(12) as unknown as Json, 2400],
  ['the seed story', seedBundle() as unknown as Json, 600],
];

describe('bundle fuzzer: mutated seed bundles through the validator', () => {
  const stats = { cases: 0, refused: 0, oracleInvalid: 0, slowest: 0, slowestCase: '' };

  for (const [name, seed, runs] of seeds)
    it(`${name}: ${runs * RUNS} cases, nothing thrown, nothing invalid accepted, every message bounded`, () => {
      expect(oracle(seed)).toBeNull();
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (steps) => {
          const text = mutate(seed, steps);
          const t0 = performance.now();
          const result = validateBundleText(text);
          const ms = performance.now() - t0;
          stats.cases += 1;
          if (ms > stats.slowest) {
            stats.slowest = ms;
            stats.slowestCase = `${name}: ${JSON.stringify(steps).slice(0, 200)}`;
          }
          const verdict = oracle(JSON.parse(text));
          if (verdict !== null) stats.oracleInvalid += 1;
          if (!result.ok) {
            stats.refused += 1;
            expect(result.issues.length).toBeGreaterThan(0);
            for (const i of result.issues) {
              expect(i.message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
              expect(i.item.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
              expect(i.path.length + i.field.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
              expect(i.message).not.toContain('[object Object]');
            }
          } else {
            expect(verdict, `accepted a bundle the oracle refuses: ${verdict}`).toBeNull();
            for (const w of result.warnings)
              expect(w.message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
          }
        }),
        { seed: SEED, numRuns: runs * RUNS },
      );
    });

  it('reports its counts', () => {
    // Printed for the bench and the closing note; the properties above are the assertions.
    console.log(
      `bundle fuzzer: ${stats.cases} cases, ${stats.refused} refused, ${stats.oracleInvalid} invalid by the oracle, slowest ${stats.slowest.toFixed(1)} ms (${stats.slowestCase})`,
    );
    // Each accepted case is checked against the oracle above; equal counts mean the validator
    // also refuses nothing the oracle accepts (a sound file a person wrote is never turned away).
    expect(stats.refused).toBe(stats.oracleInvalid);
  });
});

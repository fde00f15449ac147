/**
 * Find's hit rates on the query table (src/model/fixtures/find-queries.ts): how often the entity a
 * reader meant comes first, and in the top three, for the forgiving index and for the plain
 * minisearch index the app used before (names as one field, prefix, fuzzy 0.2 above 3 letters).
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import type { Bundle } from '../src/bundle/bundle-schema';
import { validateBundleText } from '../src/bundle/validate-bundle';
import { FIND_QUERIES } from '../src/model/fixtures/find-queries';
import { normaliseForSearch } from '../src/model/normalise-for-search';
import { buildSearchIndex } from '../src/model/search-index';

const BUNDLES = new URL('../public/bundles/', import.meta.url);

function loadStory(id: string): Bundle {
  const index = JSON.parse(readFileSync(new URL('index.json', BUNDLES), 'utf8')) as {
    bundles: { id: string; file: string }[];
  };
  const entry = index.bundles.find((b) => b.id === id);
  if (entry === undefined) throw new Error(`no story ${id} in the index`);
  const result = validateBundleText(readFileSync(new URL(entry.file, BUNDLES), 'utf8'));
  if (!result.ok) throw new Error(`${id} is invalid`);
  return result.bundle;
}

/** The index Find used before issue 12, kept here as the baseline. */
function baseline(bundle: Bundle): (q: string) => string[] {
  const mini = new MiniSearch<{ id: string; names: string }>({
    fields: ['names'],
    processTerm: (term) => normaliseForSearch(term) || null,
    tokenize: (s) => normaliseForSearch(s).split(' '),
  });
  mini.addAll(bundle.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases].join(' ') })));
  return (q) =>
    mini
      .search(normaliseForSearch(q), {
        prefix: true,
        fuzzy: (term) => (term.length > 3 ? 0.2 : 0),
        combineWith: 'AND',
      })
      .map((r) => String(r.id));
}

export interface FindRow {
  story: string;
  query: string;
  expected: string;
  'before: first': string;
  'after: first': string;
  'after: rank': number | string;
}

export function findHitRates(): { rows: FindRow[]; summary: Record<string, string>[] } {
  const stories = new Map<
    string,
    { after: ReturnType<typeof buildSearchIndex>; before: (q: string) => string[] }
  >();
  const rows: FindRow[] = [];
  let before1 = 0;
  let before3 = 0;
  let after1 = 0;
  let after3 = 0;
  for (const q of FIND_QUERIES) {
    let s = stories.get(q.story);
    if (s === undefined) {
      const bundle = loadStory(q.story);
      s = { after: buildSearchIndex(bundle), before: baseline(bundle) };
      stories.set(q.story, s);
    }
    const after = s.after.search(q.query).flatMap((h) => (h.type === 'entity' ? [h.id] : []));
    const before = s.before(q.query);
    const rank = after.indexOf(q.first) + 1;
    if (before[0] === q.first) before1 += 1;
    if (before.slice(0, 3).includes(q.first)) before3 += 1;
    if (rank === 1) after1 += 1;
    if (rank >= 1 && rank <= 3) after3 += 1;
    rows.push({
      story: q.story.replace(/^fixture-/, ''),
      query: q.query,
      expected: q.first,
      'before: first': before[0] ?? '(nothing)',
      'after: first': after[0] ?? '(nothing)',
      'after: rank': rank === 0 ? 'missed' : rank,
    });
  }
  const n = FIND_QUERIES.length;
  const pct = (k: number) => `${k}/${n} (${Math.round((100 * k) / n)} %)`;
  return {
    rows,
    summary: [
      {
        index: 'before: plain minisearch',
        'first result': pct(before1),
        'top three': pct(before3),
      },
      { index: 'after: forgiving names', 'first result': pct(after1), 'top three': pct(after3) },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { rows, summary } = findHitRates();
  console.table(rows);
  console.table(summary);
}

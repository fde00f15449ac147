/**
 * New story's suggestion quality (issue 13) on the fixture corpus: texts written for the project
 * whose names were marked by hand (public/bundles/fixtures/, docs/fixtures.md). The gold list of
 * a story is every entity its bundle marks at least once, with its kind and every form marked.
 * A suggestion is right when one of its forms is one of a gold entity's forms and the kinds
 * agree. Also the gazetteer: for every gold place with coordinates, is the name found, and how
 * far is the point it gives from the hand-set one.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import * as chrono from 'chrono-node/en';
import type { Bundle, EntityKind } from '../src/bundle/bundle-schema';
import { validateBundleText } from '../src/bundle/validate-bundle';
import type { NameSuggestion } from '../src/features/authoring/names/suggest-names';
import { suggestAll } from '../src/features/authoring/suggest/suggest-steps';
import { distanceKm, makeGazetteer } from '../src/features/authoring/places/gazetteer';
import { buildGoldStory, type GoldStory } from './held-out/gold-story';
import { HELD_OUT } from './held-out/held-out-stories';
import type { CountryRow, GazetteerData } from '../src/features/authoring/places/gazetteer-types';

const BUNDLES = new URL('../public/bundles/', import.meta.url);
const DATA = new URL('../src/features/authoring/places/data/', import.meta.url);
export const KINDS: EntityKind[] = ['person', 'country', 'organization', 'place', 'media'];

/** The tuning set as gold stories: every entity a fixture marks, with every form it marks. */
function tuningSet(): GoldStory[] {
  const index = JSON.parse(readFileSync(new URL('index.json', BUNDLES), 'utf8')) as {
    bundles: { id: string; file: string }[];
  };
  return index.bundles
    .filter((b) => b.file.startsWith('fixtures/'))
    .map((b) => {
      const r = validateBundleText(readFileSync(new URL(b.file, BUNDLES), 'utf8'));
      if (!r.ok) throw new Error(`${b.id} is invalid`);
      return bundleToGold(r.bundle);
    });
}

function bundleToGold(bundle: Bundle): GoldStory {
  const { text } = bundle.article;
  const marked = new Map<string, Set<string>>();
  for (const m of bundle.mentions) {
    const forms = marked.get(m.entity) ?? new Set<string>();
    forms.add(text.slice(m.start, m.end));
    marked.set(m.entity, forms);
  }
  return {
    id: bundle.id,
    text,
    blocks: bundle.article.blocks,
    gold: bundle.entities
      .filter((e) => marked.has(e.id))
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        forms: new Set([e.name, ...e.aliases, ...(marked.get(e.id) ?? [])]),
        ...(e.location === undefined ? {} : { location: e.location }),
      })),
  };
}

export interface KindScore {
  kind: EntityKind;
  gold: number;
  suggested: number;
  rightSuggested: number;
  foundGold: number;
}

export interface QualityReport {
  /** Which set: the fixtures the suggester was tuned on, or the held-out texts. */
  set: string;
  stories: number;
  words: number;
  kinds: KindScore[];
  places: { total: number; hits: number; medianKm: number; within25: number; misses: string[] };
  millisPerStory: number;
  /** Suggestions no gold entity of that kind has ("Name (kind)"), and gold entities missed. */
  wrong: string[];
  missed: string[];
}

export function authoringQuality(set: string, stories: GoldStory[]): QualityReport {
  const countries = JSON.parse(
    readFileSync(new URL('countries.json', DATA), 'utf8'),
  ) as CountryRow[];
  const gazetteer = makeGazetteer(
    JSON.parse(readFileSync(new URL('gazetteer.json', DATA), 'utf8')) as GazetteerData,
  );
  const scores = new Map(
    KINDS.map((k) => [k, { kind: k, gold: 0, suggested: 0, rightSuggested: 0, foundGold: 0 }]),
  );
  const errors: number[] = [];
  const misses: string[] = [];
  let total = 0;
  let words = 0;
  let millis = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const story of stories) {
    const { text, gold } = story;
    words += text.split(/\s+/).length;
    const t0 = performance.now();
    // The page's own path (the worker's steps run through here): blocks tagged one by one.
    const suggestions: NameSuggestion[] = suggestAll(
      { text, blocks: story.blocks, published: '' },
      { compromise: nlp, chrono, countries, isPlace: gazetteer.has },
    ).names;
    millis += performance.now() - t0;
    for (const s of suggestions) {
      const score = scores.get(s.kind)!;
      score.suggested += 1;
      const forms = [s.name, ...s.aliases];
      if (gold.some((g) => g.kind === s.kind && forms.some((f) => g.forms.has(f))))
        score.rightSuggested += 1;
      else wrong.push(`${s.name} (${s.kind})`);
    }
    for (const g of gold) {
      const score = scores.get(g.kind)!;
      score.gold += 1;
      if (
        suggestions.some(
          (s) => s.kind === g.kind && [s.name, ...s.aliases].some((f) => g.forms.has(f)),
        )
      )
        score.foundGold += 1;
      else missed.push(`${g.name} (${g.kind})`);
    }
    // Gazetteer: places with hand-set coordinates, narrowed by the story's countries.
    const storyCountries = suggestions.flatMap((s) =>
      s.countryCode === undefined ? [] : [s.countryCode],
    );
    for (const g of gold) {
      if (g.kind !== 'place' || g.location === undefined) continue;
      total += 1;
      const found = [...g.forms]
        .map((f) => gazetteer.lookup(f, storyCountries, 1)[0])
        .find((p) => p !== undefined);
      if (found === undefined) misses.push(g.name);
      else errors.push(distanceKm(found, g.location));
    }
  }
  errors.sort((a, b) => a - b);
  const mid = errors.length / 2;
  const medianKm =
    errors.length === 0
      ? NaN
      : errors.length % 2 === 1
        ? errors[Math.floor(mid)]!
        : (errors[mid - 1]! + errors[mid]!) / 2;
  return {
    set,
    stories: stories.length,
    words,
    kinds: [...scores.values()],
    places: {
      total,
      hits: errors.length,
      medianKm,
      within25: errors.filter((e) => e <= 25).length,
      misses,
    },
    millisPerStory: millis / stories.length,
    wrong,
    missed,
  };
}

export const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)} %`);

export function printAuthoringQuality(r: QualityReport): void {
  console.log(
    `\nNew story: suggested names against hand-marked gold, ${r.set} (${r.stories} stories, ${r.words} words)`,
  );
  console.log('kind          gold  suggested  right  precision  recall');
  const sum = { gold: 0, suggested: 0, right: 0, found: 0 };
  for (const k of r.kinds) {
    sum.gold += k.gold;
    sum.suggested += k.suggested;
    sum.right += k.rightSuggested;
    sum.found += k.foundGold;
    console.log(
      `${k.kind.padEnd(12)} ${String(k.gold).padStart(5)} ${String(k.suggested).padStart(10)} ${String(k.rightSuggested).padStart(6)} ${pct(k.rightSuggested, k.suggested).padStart(10)} ${pct(k.foundGold, k.gold).padStart(7)}`,
    );
  }
  console.log(
    `${'all'.padEnd(12)} ${String(sum.gold).padStart(5)} ${String(sum.suggested).padStart(10)} ${String(sum.right).padStart(6)} ${pct(sum.right, sum.suggested).padStart(10)} ${pct(sum.found, sum.gold).padStart(7)}`,
  );
  if (r.wrong.length > 0) console.log(`wrong (${r.wrong.length}): ${r.wrong.join('; ')}`);
  if (r.missed.length > 0) console.log(`missed (${r.missed.length}): ${r.missed.join('; ')}`);
  console.log(`suggesting took ${r.millisPerStory.toFixed(0)} ms a story (compromise included)`);
  const p = r.places;
  console.log(
    `\nGazetteer on the gold places with coordinates: ${p.hits}/${p.total} found (${pct(p.hits, p.total)}), median error ${p.medianKm.toFixed(1)} km, ${p.within25} within 25 km${p.misses.length > 0 ? `; not found: ${p.misses.join(', ')}` : ''}`,
  );
}

/** Both sets: the tuning set (fixtures) and the held-out texts (bench/held-out/), scored apart. */
export function authoringQualitySets(): QualityReport[] {
  return [
    authoringQuality('tuning set (fixtures)', tuningSet()),
    authoringQuality('held-out set (never tuned on)', HELD_OUT.map(buildGoldStory)),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const r of authoringQualitySets()) printAuthoringQuality(r);

/**
 * Builds the seed story bundle from the raw scrape and the annotations in this folder:
 *
 *   npx tsx scripts/seed/build-seed-bundle.ts
 *
 * Reads  data/sources/hankyoreh-2018-10-08-choe-son-hui.txt
 * Writes public/bundles/six-party-talks-2018-10-08.json and public/bundles/index.json
 *
 * Annotations locate passages by quoted text (seed-mentions.ts, seed-relations.ts,
 * seed-events.ts); offsets are computed here, and the build stops with a clear message if a
 * quote is missing or ambiguous, a mention does not match its entity's name, a name occurs
 * in the text without a mention, or a reference does not resolve.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readArticleSource } from './article-source.js';
import type { Bundle, When } from '../../src/bundle/bundle-schema.js';
import type { Quote } from './bundle-types.js';
import { ENTITIES } from './seed-entities.js';
import { EVENTS, JOURNEYS } from './seed-events.js';
import { MENTIONS } from './seed-mentions.js';
import { RELATIONS } from './seed-relations.js';
import { SpanFinder, type Range } from './span-finder.js';

export const BUNDLE_ID = 'six-party-talks-2018-10-08';
const SOURCE = new URL('../../data/sources/hankyoreh-2018-10-08-choe-son-hui.txt', import.meta.url);
const OUT_DIR = new URL('../../public/bundles/', import.meta.url);

export function buildSeedBundle(raw: string): Bundle {
  const source = readArticleSource(raw);
  const { text, blocks } = source;
  const finder = new SpanFinder(text, blocks);
  const problems: string[] = [];
  const attempt = <T>(where: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  const resolve = (q: Quote): Range => {
    if (q.quote === undefined) return finder.block(q.block);
    const { quote, expand, ...options } = q;
    return expand === 'sentence' ? finder.sentence(quote, options) : finder.span(quote, options);
  };
  const evidence = (where: string, quotes: Quote[]): Range[] => {
    const out: Range[] = [];
    quotes.forEach((q, i) => {
      const r = attempt(`${where} evidence[${i}]`, () => resolve(q));
      if (r && !out.some((o) => o.start === r.start && o.end === r.end)) out.push(r);
    });
    return out;
  };
  const checkWhen = (where: string, when: When | undefined) => {
    if (when !== undefined && !text.includes(when.text))
      problems.push(`${where}: when.text “${when.text}” is not the article's own words`);
  };

  // Entities and mentions
  const entities = new Map(ENTITIES.map((e) => [e.id, e]));
  const mentions = MENTIONS.flatMap((m, i) => {
    const where = `mention ${i + 1} (${m.entity}, “${m.quote.quote ?? ''}”)`;
    const r = attempt(where, () => resolve(m.quote));
    const entity = entities.get(m.entity);
    if (entity === undefined) problems.push(`${where}: no entity "${m.entity}"`);
    if (r === undefined || entity === undefined) return [];
    const surface = text.slice(r.start, r.end);
    if (surface !== entity.name && !entity.aliases.includes(surface))
      problems.push(`${where}: “${surface}” is neither the name nor an alias of ${entity.id}`);
    return [{ entity: m.entity, start: r.start, end: r.end }];
  });
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    if (prev !== undefined && m.start < prev.end)
      problems.push(
        `mentions overlap: “${text.slice(prev.start, prev.end)}” and “${text.slice(m.start, m.end)}” at ${m.start}`,
      );
  });
  // Completeness: every occurrence of any entity's name or alias must be covered by a mention.
  for (const entity of ENTITIES) {
    for (const surface of new Set([entity.name, ...entity.aliases])) {
      for (const at of finder.occurrences(surface, { start: 0, end: text.length })) {
        const end = at + surface.length;
        if (!mentions.some((m) => m.start < end && at < m.end))
          problems.push(
            `unannotated “${surface}” (${entity.id}) at ${at}: …${text.slice(at - 30, end + 30)}…`,
          );
      }
    }
  }

  // Relations, events, journeys
  const relations = RELATIONS.map(({ evidence: quotes, ...r }) => {
    checkWhen(`relation ${r.id}`, r.when);
    return { ...r, evidence: evidence(`relation ${r.id}`, quotes) };
  });
  const events = EVENTS.map(({ evidence: quotes, ...e }) => {
    checkWhen(`event ${e.id}`, e.when);
    return { ...e, evidence: evidence(`event ${e.id}`, quotes) };
  });
  const journeys = JOURNEYS.map(({ legs, ...j }) => ({
    ...j,
    legs: legs.map(({ evidence: quotes, ...l }) => {
      checkWhen(`leg ${l.id}`, l.when);
      return { ...l, evidence: evidence(`leg ${l.id}`, quotes) };
    }),
  }));

  // One id space; every reference resolves.
  const ids = [
    ...blocks.map((b) => b.id),
    ...ENTITIES.map((e) => e.id),
    ...relations.map((r) => r.id),
    ...events.map((e) => e.id),
    ...journeys.flatMap((j) => [j.id, ...j.legs.map((l) => l.id)]),
  ];
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push(`duplicate id "${id}"`);
  });
  const refs: [string, string | undefined][] = [
    ...ENTITIES.map((e): [string, string | undefined] => [`entity ${e.id}.country`, e.country]),
    ...relations.flatMap((r): [string, string][] => [
      [`relation ${r.id}.source`, r.source],
      [`relation ${r.id}.target`, r.target],
    ]),
    ...events.flatMap((e): [string, string | undefined][] => [
      [`event ${e.id}.place`, e.place],
      ...e.participants.map((p): [string, string] => [`event ${e.id}.participants`, p]),
    ]),
    ...journeys.flatMap((j): [string, string][] => [
      [`journey ${j.id}.traveler`, j.traveler],
      ...j.legs.flatMap((l): [string, string][] => [
        [`leg ${l.id}.from`, l.from],
        [`leg ${l.id}.to`, l.to],
      ]),
    ]),
  ];
  for (const [where, ref] of refs)
    if (ref !== undefined && !entities.has(ref)) problems.push(`${where}: no entity "${ref}"`);

  if (problems.length > 0)
    throw new Error(`seed bundle has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);

  const headline = blocks.find((b) => b.kind === 'headline');
  if (headline === undefined) throw new Error('no headline block');
  return {
    format: 'article-atlas/bundle@1',
    id: BUNDLE_ID,
    article: {
      title: text.slice(headline.start, headline.end),
      publisher: 'The Hankyoreh',
      byline: 'Kim Oi-hyun, Beijing correspondent',
      published: source.published,
      modified: source.modified,
      language: 'en',
      text,
      blocks,
    },
    entities: ENTITIES,
    mentions,
    relations,
    events,
    journeys,
  };
}

function main(): void {
  const bundle = buildSeedBundle(readFileSync(SOURCE, 'utf8'));
  mkdirSync(OUT_DIR, { recursive: true });
  const write = (name: string, value: unknown) => {
    const file = new URL(name, OUT_DIR);
    writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
    console.log(`wrote ${fileURLToPath(file)}`);
  };
  write(`${BUNDLE_ID}.json`, bundle);
  // The seed comes first; other entries (the fixture corpus, scripts/fixtures/) are kept.
  const indexFile = new URL('index.json', OUT_DIR);
  let others: { id: string }[] = [];
  try {
    const old = JSON.parse(readFileSync(indexFile, 'utf8')) as { bundles?: { id: string }[] };
    others = (old.bundles ?? []).filter((b) => b.id !== bundle.id);
  } catch {
    // No index yet: the seed alone.
  }
  write('index.json', {
    bundles: [
      {
        id: bundle.id,
        file: `${BUNDLE_ID}.json`,
        title: bundle.article.title,
        publisher: bundle.article.publisher,
        published: bundle.article.published,
      },
      ...others,
    ],
  });
  const legs = bundle.journeys.reduce((n, j) => n + j.legs.length, 0);
  console.log(
    `${bundle.entities.length} entities, ${bundle.mentions.length} mentions, ${bundle.relations.length} relations, ` +
      `${bundle.events.length} events, ${bundle.journeys.length} journeys (${legs} legs)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main();

import type { Bundle } from './bundle-schema';
import type { BundleIssue } from './bundle-issue';
import { quoteId, quoteText } from './describe-value';
import { wholeWordFinder } from '../lib/mark-names';

/** At most this many warnings of one sort are listed; the rest are counted in the last one. */
const MAX_EACH = 20;

/** Pushes warnings of one sort up to MAX_EACH, then one line counting the rest. */
function capped(warnings: BundleIssue[], sort: BundleIssue[], what: string): void {
  warnings.push(...sort.slice(0, MAX_EACH));
  if (sort.length > MAX_EACH)
    warnings.push({
      path: '(bundle)',
      item: 'bundle',
      field: '(more)',
      message: `and ${sort.length - MAX_EACH} more ${what}`,
    });
}

/**
 * Entities a story may hold without the text ever marking them, because it uses them as context
 * rather than as something the article names: the country another entity belongs to (Poland for
 * Kraków), or an end of something the annotator inferred and explained in a note (the
 * Pyongyang a journey is assumed to start from). An entity used only by stated items, or by
 * nothing, still has its warning: that is a name that went missing.
 */
function contextEntities(bundle: Bundle): Set<string> {
  const ids = new Set<string>();
  for (const e of bundle.entities) if (e.country !== undefined) ids.add(e.country);
  for (const r of bundle.relations)
    if (r.basis === 'inferred') {
      ids.add(r.source);
      ids.add(r.target);
    }
  for (const ev of bundle.events)
    if (ev.basis === 'inferred') {
      if (ev.place !== undefined) ids.add(ev.place);
      for (const p of ev.participants) ids.add(p);
    }
  for (const j of bundle.journeys)
    for (const l of j.legs)
      if (l.basis === 'inferred') {
        ids.add(l.from);
        ids.add(l.to);
      }
  return ids;
}

/**
 * True when the words ending at `end` are a title standing in front of the entity's own marked
 * name ("Deputy Secretary" in "Deputy Secretary of State Helen Marsh", where "Helen Marsh" is
 * marked): only spaces and capitalised words or small joiners lie between, on the same line.
 * The person is marked once there; marking the title too would light up one name twice.
 */
function titleBeforeOwnName(text: string, end: number, ownStarts: readonly number[]): boolean {
  // The starts are in text order (mentions are sorted): look only at those within 40 characters.
  let lo = 0;
  let hi = ownStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ownStarts[mid] ?? 0) < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < ownStarts.length; k += 1) {
    const start = ownStarts[k] ?? 0;
    if (start - end > 40) return false;
    if (
      /^(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|for|the|and))*[ \t]+$/u.test(text.slice(end, start))
    )
      return true;
  }
  return false;
}

/**
 * What the seed generator checks, as warnings for any bundle: a date whose words are not the
 * article's, a name left unmarked where it occurs, an entity the text never names.
 */
function checkTextWarnings(bundle: Bundle, warnings: BundleIssue[]): void {
  const { text } = bundle.article;
  const dates: BundleIssue[] = [];
  // One search per distinct phrase: thousands of facts share "that day", and a phrase not in a
  // long text costs a scan of all of it.
  const inText = new Map<string, boolean>();
  const has = (words: string) => {
    let hit = inText.get(words);
    if (hit === undefined) inText.set(words, (hit = text.includes(words)));
    return hit;
  };
  const checkWhen = (when: { text: string } | undefined, path: string, item: string) => {
    if (when !== undefined && !has(when.text))
      dates.push({
        path: `${path}.when.text`,
        item,
        field: 'when.text',
        message: `${quoteText(when.text)} is not in the article; keep the article's own words for the date (the resolved date goes in start/end)`,
      });
  };
  bundle.relations.forEach((r, i) =>
    checkWhen(r.when, `relations[${i}]`, `relation ${i + 1} ${quoteId(r.id)}`),
  );
  bundle.events.forEach((e, i) =>
    checkWhen(e.when, `events[${i}]`, `event ${i + 1} ${quoteId(e.id)}`),
  );
  bundle.journeys.forEach((j, i) =>
    j.legs.forEach((l, k) =>
      checkWhen(
        l.when,
        `journeys[${i}].legs[${k}]`,
        `leg ${k + 1} ${quoteId(l.id)} of journey ${quoteId(j.id)}`,
      ),
    ),
  );
  capped(warnings, dates, 'dates whose words are not in the article');

  // Covered characters: an occurrence that overlaps any mention counts as marked (it may sit
  // inside a longer name, which is right).
  const covered = new Uint8Array(text.length);
  const mentioned = new Set<string>();
  const mentionStarts = new Map<string, number[]>();
  for (const m of bundle.mentions) {
    covered.fill(1, Math.max(0, m.start), Math.min(text.length, m.end));
    mentioned.add(m.entity);
    // Pushed, not copied: a name said 100,000 times would copy its list 100,000 times.
    const starts = mentionStarts.get(m.entity);
    if (starts) starts.push(m.start);
    else mentionStarts.set(m.entity, [m.start]);
  }
  const context = contextEntities(bundle);
  const unmarked: BundleIssue[] = [];
  const silent: BundleIssue[] = [];
  const find = wholeWordFinder(text);
  bundle.entities.forEach((e, i) => {
    const item = `entity ${i + 1} ${quoteId(e.id)}`;
    if (!mentioned.has(e.id) && !context.has(e.id))
      silent.push({
        path: `entities[${i}]`,
        item,
        field: 'name',
        message: `has no mention: the text never marks ${quoteText(e.name)}; mark where the article names it, or remove the entity if the article does not`,
      });
    for (const name of new Set([e.name, ...e.aliases])) {
      const free = find(name).filter((at) => {
        for (let k = at; k < at + name.length; k += 1) if (covered[k] === 1) return false;
        return !titleBeforeOwnName(text, at + name.length, mentionStarts.get(e.id) ?? []);
      });
      if (free.length === 0) continue;
      const first = free[0] ?? 0;
      unmarked.push({
        path: `entities[${i}]`,
        item,
        field: name === e.name ? 'name' : 'aliases',
        message: `${quoteText(name)} occurs ${free.length === 1 ? 'once' : `${free.length} times`} without a mention (first at ${first}: ${quoteText(text.slice(Math.max(0, first - 20), first + name.length + 20))}); mark ${free.length === 1 ? 'it' : 'them'} so the reader lights ${free.length === 1 ? 'it' : 'them'} up`,
      });
    }
  });
  capped(warnings, silent, 'entities with no mention');
  capped(warnings, unmarked, 'names left unmarked');
}

/**
 * Things a valid bundle may hold but an author rarely means: a relation from an entity to
 * itself (drawn as nothing in the network) and a loop of `country` links (A belongs to B, B to
 * A: no state to sit beside). They do not stop the story opening; they are listed beside it.
 */
export function checkBundleWarnings(bundle: Bundle): BundleIssue[] {
  const warnings: BundleIssue[] = [];
  bundle.relations.forEach((r, i) => {
    if (r.source === r.target)
      warnings.push({
        path: `relations[${i}].target`,
        item: `relation ${i + 1} ${quoteId(r.id)}`,
        field: 'target',
        message: `is its own source ${quoteId(r.source)}; a relation from an entity to itself is not drawn`,
      });
  });

  const countryOf = new Map<string, string>();
  const position = new Map<string, number>();
  bundle.entities.forEach((e, i) => {
    position.set(e.id, i);
    if (e.country !== undefined) countryOf.set(e.id, e.country);
  });
  // Each entity is walked once; a walk that meets itself found a cycle, reported at the entity
  // of the cycle that comes first in the file so one loop gives one warning.
  const done = new Set<string>();
  for (const e of bundle.entities) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | undefined = e.id;
    while (at !== undefined && !done.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = countryOf.get(at);
    }
    if (at !== undefined && onPath.has(at)) {
      const loop = path.slice(path.indexOf(at));
      const first = loop.reduce((a, b) =>
        (position.get(a) ?? 0) <= (position.get(b) ?? 0) ? a : b,
      );
      const index = position.get(first) ?? 0;
      const shown = loop.length > 6 ? [...loop.slice(0, 6), '…'] : loop;
      warnings.push({
        path: `entities[${index}].country`,
        item: `entity ${index + 1} ${quoteId(first)}`,
        field: 'country',
        message:
          loop.length === 1
            ? 'is the entity itself; a country link should name the state it belongs to'
            : `goes round in a loop (${shown.map(quoteId).join(' → ')} → back); one of these country links is wrong`,
      });
    }
    for (const id of path) done.add(id);
  }
  checkTextWarnings(bundle, warnings);
  return warnings;
}

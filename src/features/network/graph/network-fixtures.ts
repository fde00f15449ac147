/**
 * Bundles for the network's unit tests (imported by *.test.ts only): a small hand-made one
 * with every case the derivation handles, and the seed story as the app ships it.
 */
import type { Bundle, Entity, EntityKind, Relation } from '../../../bundle/bundle-schema';
import { validateBundleText } from '../../../bundle/validate-bundle';
import { tinyBundle } from '../../../bundle/fixtures/tiny-bundle';
// ?raw reads the file as text through Vite, so the app's tsconfig needs no Node types.
import seedText from '../../../../public/bundles/six-party-talks-2018-10-08.json?raw';

const entity = (id: string, kind: EntityKind, country?: string): Entity => ({
  id,
  kind,
  name: id
    .split('-')
    .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
    .join(' '),
  aliases: [],
  ...(country === undefined ? {} : { country }),
});

const relation = (
  id: string,
  kind: string,
  source: string,
  target: string,
  extra: Partial<Relation> = {},
): Relation => ({
  id,
  kind,
  source,
  target,
  label: `${source} ${kind} ${target}`,
  basis: 'stated',
  evidence: [{ start: 0, end: 7 }],
  ...extra,
});

/**
 * Two camps (red–rose, blue–navy–sky), their people, an organisation joining them, a news
 * agency, a place, two relations between one pair and a planned visit.
 */
export function fixtureBundle(): Bundle {
  const base = tinyBundle();
  const entities = [
    entity('red', 'country'),
    entity('rose', 'country'),
    entity('blue', 'country'),
    entity('navy', 'country'),
    entity('sky', 'country'),
    entity('ann', 'person', 'red'),
    entity('bob', 'person', 'blue'),
    entity('cy', 'person', 'rose'),
    entity('dee', 'person'),
    entity('talks', 'organization'),
    entity('wire', 'media', 'red'),
    entity('city', 'place', 'red'),
  ];
  const mentions = [
    ...['red', 'red', 'red', 'blue', 'blue', 'ann', 'ann', 'ann', 'ann', 'bob', 'wire'].map(
      (e) => ({ entity: e, start: 0, end: 3 }),
    ),
  ];
  const relations = [
    relation('r-red-rose', 'aligned-with', 'red', 'rose'),
    relation('r-blue-navy', 'aligned-with', 'blue', 'navy'),
    relation('r-sky-navy', 'aligned-with', 'sky', 'navy'),
    relation('r-ann-meets-bob', 'meets', 'ann', 'bob', {
      when: { start: '2018-10-05', text: 'On Oct. 5' },
    }),
    relation('r-bob-meets-ann', 'meets', 'bob', 'ann', {
      when: { start: '2018-10-09', text: 'on Oct. 9' },
    }),
    relation('r-ann-represents-red', 'represents', 'ann', 'red'),
    relation('r-ann-official-of-red', 'official-of', 'ann', 'red', { basis: 'inferred' }),
    relation('r-red-member', 'member-of', 'red', 'talks'),
    relation('r-blue-member', 'member-of', 'blue', 'talks'),
    relation('r-wire-reports-ann', 'reports', 'wire', 'ann'),
    relation('r-cy-plans-visit-blue', 'plans-visit', 'cy', 'blue'),
    relation('r-ann-visits-city', 'visits', 'ann', 'city'),
    relation('r-red-disputes-blue', 'disputes', 'red', 'blue', {
      when: { start: '2018-10', text: 'this month' },
    }),
  ];
  return { ...base, entities, mentions, relations, events: [], journeys: [] };
}

/** The seed story, through the same gate the app uses. */
export function seedBundle(): Bundle {
  const result = validateBundleText(seedText);
  if (!result.ok) throw new Error(`the seed bundle is invalid: ${result.issues[0]?.message}`);
  return result.bundle;
}

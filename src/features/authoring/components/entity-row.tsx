import type { Entity, EntityKind } from '../../../bundle/bundle-schema';
import type { Gazetteer } from '../places/gazetteer';
import type { CountryRow } from '../places/gazetteer-types';
import { checkInCountry } from '../places/check-in-country';
import type { Outlines } from './use-place-data';
import { Field } from './field';
import { IssueNotes, type ItemIssues } from './issue-notes';

export const ENTITY_KINDS: EntityKind[] = ['person', 'country', 'organization', 'place', 'media'];

interface Props {
  entity: Entity;
  entities: readonly Entity[];
  mentions: number;
  countries: readonly CountryRow[];
  /** ISO codes of the story's countries, to narrow the gazetteer. */
  storyCodes: readonly string[];
  gazetteer: Gazetteer | null;
  outlines: Outlines | null;
  issues: ItemIssues;
  update: (kind: string, patch: (e: Entity) => Entity) => void;
  remove: () => void;
  mergeInto: (targetId: string) => void;
}

/** The ISO code of a country entity: from the table by name or alias. */
export function codeOf(
  entity: Entity | undefined,
  countries: readonly CountryRow[],
): string | undefined {
  if (entity === undefined) return undefined;
  const names = [entity.name, ...entity.aliases];
  return countries.find((c) => names.includes(c.name) || names.some((n) => c.aliases.includes(n)))
    ?.code;
}

/** One accepted name: rename, re-kind, aliases, country, place, merge, remove. */
export function EntityRow(props: Props) {
  const { entity, entities, countries, gazetteer, outlines, issues, update } = props;
  const located = entity.kind === 'place' || entity.kind === 'country';
  const country = entities.find((e) => e.id === entity.country);
  const countryCode =
    entity.kind === 'country' ? codeOf(entity, countries) : codeOf(country, countries);
  const candidates =
    entity.kind === 'place' && gazetteer !== null
      ? gazetteer.lookup(entity.name, countryCode ? [countryCode] : props.storyCodes, 5)
      : [];
  const n3 = countries.find((c) => c.code === countryCode)?.n3;
  const outline = n3 === undefined ? undefined : outlines?.get(n3);
  const verdict =
    entity.location !== undefined && outline !== undefined
      ? checkInCountry(entity.location, outline)
      : null;
  const label = `${entity.name}, ${entity.kind}`;
  const kindSelect = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: { value: string; label: string }[],
  ) => (
    <Field label={label}>
      {({ id }) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <li className="authoring-entity" data-entity={entity.id} aria-label={label}>
      <div className="authoring-row">
        <Field label="Name">
          {({ id }) => (
            <input
              id={id}
              value={entity.name}
              onChange={(e) => {
                const name = e.target.value;
                update(`type:entity-name:${entity.id}`, (x) => ({ ...x, name }));
              }}
            />
          )}
        </Field>
        {kindSelect(
          'Kind',
          entity.kind,
          (v) => update('entity-kind', (x) => ({ ...x, kind: v as EntityKind })),
          ENTITY_KINDS.map((k) => ({ value: k, label: k })),
        )}
        <Field label="Other names (comma-separated)" className="authoring-wide">
          {({ id }) => (
            <input
              id={id}
              value={entity.aliases.join(', ')}
              onChange={(e) => {
                const aliases = e.target.value
                  .split(',')
                  .map((a) => a.trim())
                  .filter((a) => a !== '');
                update(`type:entity-aliases:${entity.id}`, (x) => ({ ...x, aliases }));
              }}
            />
          )}
        </Field>
        <span className="authoring-count">
          {props.mentions} mention{props.mentions === 1 ? '' : 's'}
        </span>
      </div>
      <div className="authoring-row">
        {entity.kind !== 'country' &&
          kindSelect(
            'Country',
            entity.country ?? '',
            (value) =>
              update('entity-country', (x) => {
                const rest = { ...x };
                delete rest.country;
                return value === '' ? rest : { ...rest, country: value };
              }),
            [
              { value: '', label: '(none)' },
              ...entities
                .filter((e) => e.kind === 'country' && e.id !== entity.id)
                .map((e) => ({ value: e.id, label: e.name })),
            ],
          )}
        {located && (
          <>
            <Field label="Latitude" className="authoring-narrow">
              {({ id }) => (
                <input
                  id={id}
                  inputMode="decimal"
                  value={entity.location?.lat ?? ''}
                  onChange={(e) => {
                    const lat = Number(e.target.value);
                    update(`type:lat:${entity.id}`, (x) => ({
                      ...x,
                      location: { lat, lon: x.location?.lon ?? 0 },
                    }));
                  }}
                />
              )}
            </Field>
            <Field label="Longitude" className="authoring-narrow">
              {({ id }) => (
                <input
                  id={id}
                  inputMode="decimal"
                  value={entity.location?.lon ?? ''}
                  onChange={(e) => {
                    const lon = Number(e.target.value);
                    update(`type:lon:${entity.id}`, (x) => ({
                      ...x,
                      location: { lat: x.location?.lat ?? 0, lon },
                    }));
                  }}
                />
              )}
            </Field>
          </>
        )}
        {candidates.length > 0 && (
          <Field label="From the gazetteer">
            {({ id }) => (
              <select
                id={id}
                value=""
                onChange={(e) => {
                  const p = candidates[Number(e.target.value)];
                  if (p === undefined) return;
                  update('entity-place', (x) => ({ ...x, location: { lat: p.lat, lon: p.lon } }));
                }}
              >
                <option value="">Choose a place…</option>
                {candidates.map((p, i) => (
                  <option key={i} value={i}>
                    {p.name}, {countries.find((c) => c.code === p.country)?.name ?? p.country} (
                    {p.lat}, {p.lon})
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {entity.kind === 'place' && gazetteer !== null && candidates.length === 0 && (
          <span className="authoring-hint authoring-aside">
            Not in the gazetteer (it holds towns of 15,000 people or more): type its coordinates, or
            leave it unplaced and the map lists it without a point.
          </span>
        )}
        {verdict !== null && (
          <span className={`authoring-verdict authoring-verdict-${verdict}`} role="note">
            {verdict === 'inside' && `✓ inside ${country?.name ?? entity.name}`}
            {verdict === 'near' && `✓ at the edge of ${country?.name ?? entity.name}`}
            {verdict === 'swapped' &&
              `⚠ outside ${country?.name ?? entity.name}, but inside it with latitude and longitude swapped: swap them`}
            {verdict === 'outside' &&
              `⚠ outside ${country?.name ?? entity.name}: check the point, or the country`}
          </span>
        )}
      </div>
      <div className="authoring-row">
        {kindSelect(
          'Merge into',
          '',
          (v) => {
            if (v !== '') props.mergeInto(v);
          },
          [
            { value: '', label: '(another entity…)' },
            ...entities
              .filter((e) => e.id !== entity.id)
              .map((e) => ({ value: e.id, label: e.name })),
          ],
        )}
        <button
          type="button"
          className="button"
          onClick={props.remove}
          aria-label={`Remove ${entity.name}`}
        >
          Remove
        </button>
      </div>
      <IssueNotes issues={issues} />
    </li>
  );
}

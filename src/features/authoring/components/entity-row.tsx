import type { Entity, EntityKind } from '../../../bundle/bundle-schema';
import type { Gazetteer } from '../places/gazetteer';
import type { CountryRow } from '../places/gazetteer-types';
import { checkInCountry } from '../places/check-in-country';
import type { Outlines } from './use-place-data';
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
  return (
    <li className="authoring-entity" data-entity={entity.id} aria-label={label}>
      <div className="authoring-row">
        <label className="authoring-field">
          <span>Name</span>
          <input
            value={entity.name}
            onChange={(e) => {
              const name = e.target.value;
              update(`type:entity-name:${entity.id}`, (x) => ({ ...x, name }));
            }}
          />
        </label>
        <label className="authoring-field">
          <span>Kind</span>
          <select
            value={entity.kind}
            onChange={(e) => {
              const kind = e.target.value as EntityKind;
              update('entity-kind', (x) => ({ ...x, kind }));
            }}
          >
            {ENTITY_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label className="authoring-field authoring-wide">
          <span>Other names (comma-separated)</span>
          <input
            value={entity.aliases.join(', ')}
            onChange={(e) => {
              const aliases = e.target.value
                .split(',')
                .map((a) => a.trim())
                .filter((a) => a !== '');
              update(`type:entity-aliases:${entity.id}`, (x) => ({ ...x, aliases }));
            }}
          />
        </label>
        <span className="muted">
          {props.mentions} mention{props.mentions === 1 ? '' : 's'}
        </span>
      </div>
      <div className="authoring-row">
        {entity.kind !== 'country' && (
          <label className="authoring-field">
            <span>Country</span>
            <select
              value={entity.country ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                update('entity-country', (x) => {
                  const rest = { ...x };
                  delete rest.country;
                  return value === '' ? rest : { ...rest, country: value };
                });
              }}
            >
              <option value="">(none)</option>
              {entities
                .filter((e) => e.kind === 'country' && e.id !== entity.id)
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
            </select>
          </label>
        )}
        {located && (
          <>
            <label className="authoring-field authoring-narrow">
              <span>Latitude</span>
              <input
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
            </label>
            <label className="authoring-field authoring-narrow">
              <span>Longitude</span>
              <input
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
            </label>
          </>
        )}
        {candidates.length > 0 && (
          <label className="authoring-field">
            <span>From the gazetteer</span>
            <select
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
          </label>
        )}
        {entity.kind === 'place' && gazetteer !== null && candidates.length === 0 && (
          <span className="muted">
            Not in the gazetteer: type its coordinates, or leave it unplaced.
          </span>
        )}
        {verdict !== null && (
          <span className={`authoring-verdict authoring-verdict-${verdict}`} role="note">
            {verdict === 'inside' && `✓ inside ${country?.name ?? entity.name}`}
            {verdict === 'near' && `✓ at the edge of ${country?.name ?? entity.name}`}
            {verdict === 'swapped' &&
              `⚠ outside ${country?.name ?? entity.name}, but inside it with latitude and longitude swapped: swap them`}
            {verdict === 'outside' && `⚠ outside ${country?.name ?? entity.name}: check the point`}
          </span>
        )}
      </div>
      <div className="authoring-row">
        <label className="authoring-field">
          <span>Merge into</span>
          <select
            value=""
            onChange={(e) => {
              if (e.target.value !== '') props.mergeInto(e.target.value);
            }}
          >
            <option value="">(another entity…)</option>
            {entities
              .filter((e) => e.id !== entity.id)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
          </select>
        </label>
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

import { useState } from 'react';
import type { Entity, EntityKind, Mention } from '../../../bundle/bundle-schema';
import type { Draft } from '../draft/draft';
import { makeId } from '../draft/make-id';
import type { NameSuggestion } from '../names/suggest-names';
import { trimName } from '../names/trim-name';
import type { Gazetteer } from '../places/gazetteer';
import type { CountryRow } from '../places/gazetteer-types';
import { EntityRow, ENTITY_KINDS, codeOf } from './entity-row';
import { Field } from './field';
import { issuesFor, type ItemIssues } from './issue-notes';
import type { Outlines } from './use-place-data';

interface Props {
  draft: Draft;
  change: (kind: string, update: (d: Draft) => Draft) => void;
  suggestions: readonly NameSuggestion[];
  mentions: readonly Mention[];
  countries: readonly CountryRow[];
  gazetteer: Gazetteer | null;
  outlines: Outlines | null;
  issues: ItemIssues;
  selection: { start: number; end: number } | null;
  /** True while names are being found for the newest text (shown, and said, as a status). */
  finding: boolean;
}

/** An entity for a suggestion: a country at its capital, a place at its gazetteer point. */
export function entityFor(
  s: { name: string; kind: EntityKind; aliases: readonly string[]; countryCode?: string },
  draft: Draft,
  countries: readonly CountryRow[],
  gazetteer: Gazetteer | null,
): Entity {
  const taken = new Set(draft.entities.map((e) => e.id));
  const entity: Entity = {
    id: makeId(s.name, taken, s.kind),
    kind: s.kind,
    name: s.name,
    aliases: [...s.aliases],
  };
  const storyCodes = draft.entities.flatMap((e) => {
    const c = e.kind === 'country' ? codeOf(e, countries) : undefined;
    return c === undefined ? [] : [c];
  });
  if (s.kind === 'country') {
    const row = countries.find((c) => c.code === s.countryCode || c.name === s.name);
    if (row !== undefined) entity.location = { lat: row.lat, lon: row.lon };
  }
  if (s.kind === 'place' && gazetteer !== null) {
    const best = gazetteer.lookup(s.name, storyCodes, 1)[0];
    if (best !== undefined) {
      entity.location = { lat: best.lat, lon: best.lon };
      const owner = draft.entities.find(
        (e) => e.kind === 'country' && codeOf(e, countries) === best.country,
      );
      if (owner !== undefined) entity.country = owner.id;
    }
  }
  return entity;
}

/** Step 3 and 4: names suggested and accepted, each marked everywhere it occurs; places located. */
export function NamesSection(props: Props) {
  const { draft, change, suggestions, countries, gazetteer, outlines, issues, selection, finding } =
    props;
  const [overrides, setOverrides] = useState<Record<string, { name?: string; kind?: EntityKind }>>(
    {},
  );
  const [target, setTarget] = useState('');
  const [newKind, setNewKind] = useState<EntityKind>('person');
  const known = new Set(draft.entities.flatMap((e) => [e.name, ...e.aliases]));
  const open = suggestions.filter(
    (s) =>
      !draft.rejected.includes(s.key) && !known.has(s.name) && !s.aliases.some((a) => known.has(a)),
  );
  const counts = new Map<string, number>();
  for (const m of props.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const storyCodes = draft.entities.flatMap((e) => {
    const c = e.kind === 'country' ? codeOf(e, countries) : undefined;
    return c === undefined ? [] : [c];
  });

  const accept = (list: readonly NameSuggestion[]) =>
    change('accept', (d) => {
      let next = d;
      // Countries first, so places found after them are tied to their country.
      const ordered = [...list].sort(
        (a, b) => Number(b.kind === 'country') - Number(a.kind === 'country'),
      );
      for (const s of ordered) {
        const o = overrides[s.key] ?? {};
        const entity = entityFor(
          { ...s, name: o.name ?? s.name, kind: o.kind ?? s.kind },
          next,
          countries,
          gazetteer,
        );
        next = { ...next, entities: [...next.entities, entity] };
      }
      return next;
    });

  const picked =
    selection === null ? '' : trimName(draft.text.slice(selection.start, selection.end));
  const makeMention = () => {
    if (picked === '') return;
    change('mention', (d) => {
      if (target === '') {
        const taken = new Set(d.entities.map((e) => e.id));
        return {
          ...d,
          entities: [
            ...d.entities,
            { id: makeId(picked, taken, newKind), kind: newKind, name: picked, aliases: [] },
          ],
        };
      }
      return {
        ...d,
        entities: d.entities.map((e) =>
          e.id === target && e.name !== picked && !e.aliases.includes(picked)
            ? { ...e, aliases: [...e.aliases, picked] }
            : e,
        ),
      };
    });
  };

  return (
    <section className="authoring-step" aria-labelledby="step-names">
      <h2 id="step-names">3. Names and places</h2>
      <div className="authoring-columns">
        <div>
          <h3>Suggested ({open.length})</h3>
          {/* Always in the page, so screen readers hear it change (a live region added with its
              text is often not read). */}
          <p role="status" aria-live="polite" className="muted authoring-finding">
            {finding ? 'Finding names…' : ''}
          </p>
          {open.length > 0 && (
            <p>
              <button type="button" className="button" onClick={() => accept(open)}>
                Accept all suggestions
              </button>
            </p>
          )}
          {open.length === 0 && !finding && (
            <p className="muted">
              No suggestions left. Select text in the article to mark a name yourself.
            </p>
          )}
          <ul className="authoring-suggestions">
            {open.map((s) => {
              const o = overrides[s.key] ?? {};
              const kind = o.kind ?? s.kind;
              const name = o.name ?? s.name;
              return (
                // The group is inside the item: a list item may not take another role (axe).
                <li key={s.key}>
                  <div data-suggestion={s.key} role="group" aria-label={`${name}, ${kind}`}>
                    <div className="authoring-row">
                      <Field label={`Name for ${s.name}`} hideLabel>
                        {({ id }) => (
                          <input
                            id={id}
                            value={name}
                            onChange={(e) => {
                              const value = e.target.value;
                              setOverrides((m) => ({
                                ...m,
                                [s.key]: { ...m[s.key], name: value },
                              }));
                            }}
                          />
                        )}
                      </Field>
                      <Field label={`Kind of ${s.name}`} hideLabel>
                        {({ id }) => (
                          <select
                            id={id}
                            value={kind}
                            onChange={(e) => {
                              const value = e.target.value as EntityKind;
                              setOverrides((m) => ({
                                ...m,
                                [s.key]: { ...m[s.key], kind: value },
                              }));
                            }}
                          >
                            {ENTITY_KINDS.map((k) => (
                              <option key={k}>{k}</option>
                            ))}
                          </select>
                        )}
                      </Field>
                      <button
                        type="button"
                        className="button"
                        onClick={() => accept([s])}
                        aria-label={`Accept ${name}`}
                      >
                        Accept
                      </button>
                      <button
                        type="button"
                        className="button"
                        aria-label={`Reject ${name}`}
                        onClick={() =>
                          change('reject', (d) => ({ ...d, rejected: [...d.rejected, s.key] }))
                        }
                      >
                        Reject
                      </button>
                    </div>
                    <p className="muted">
                      {s.occurrences}× · {Math.round(s.confidence * 100)} % · {s.source}
                      {s.aliases.length > 0 ? ` · also “${s.aliases.join('”, “')}”` : ''}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h3>Selected text</h3>
          {picked === '' ? (
            <p className="muted">Select words in the article text to mark them as a name.</p>
          ) : (
            <div className="authoring-row" role="group" aria-label="Mark the selected text">
              <span>“{picked.length > 60 ? `${picked.slice(0, 60)}…` : picked}”</span>
              <Field label="Mention of">
                {({ id }) => (
                  <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
                    <option value="">a new entity</option>
                    {draft.entities.map((e) => (
                      <option key={e.id} value={e.id}>
                        {e.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {target === '' && (
                <Field label="Kind of the new entity">
                  {({ id }) => (
                    <select
                      id={id}
                      value={newKind}
                      onChange={(e) => setNewKind(e.target.value as EntityKind)}
                    >
                      {ENTITY_KINDS.map((k) => (
                        <option key={k}>{k}</option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              <button type="button" className="button" onClick={makeMention}>
                Mark every “{picked.length > 30 ? `${picked.slice(0, 30)}…` : picked}”
              </button>
            </div>
          )}
        </div>
      </div>
      <h3>Names in the story ({draft.entities.length})</h3>
      <ul className="authoring-entities">
        {draft.entities.map((e, i) => (
          <EntityRow
            key={e.id}
            entity={e}
            entities={draft.entities}
            mentions={counts.get(e.id) ?? 0}
            countries={countries}
            storyCodes={storyCodes}
            gazetteer={gazetteer}
            outlines={outlines}
            issues={issuesFor(issues, `entities[${i}]`)}
            update={(kind, patch) =>
              change(kind, (d) => ({
                ...d,
                entities: d.entities.map((x) => (x.id === e.id ? patch(x) : x)),
              }))
            }
            remove={() =>
              change('remove-entity', (d) => ({
                ...d,
                entities: d.entities.filter((x) => x.id !== e.id),
              }))
            }
            mergeInto={(targetId) =>
              change('merge', (d) => ({
                ...d,
                entities: d.entities
                  .filter((x) => x.id !== e.id)
                  .map((x) =>
                    x.id === targetId
                      ? {
                          ...x,
                          aliases: [...new Set([...x.aliases, e.name, ...e.aliases])].filter(
                            (a) => a !== x.name,
                          ),
                        }
                      : x.country === e.id
                        ? { ...x, country: targetId }
                        : x,
                  ),
                relations: d.relations.map((r) => ({
                  ...r,
                  source: r.source === e.id ? targetId : r.source,
                  target: r.target === e.id ? targetId : r.target,
                })),
                events: d.events.map((ev) => ({
                  ...ev,
                  participants: [
                    ...new Set(ev.participants.map((p) => (p === e.id ? targetId : p))),
                  ],
                  ...(ev.place === e.id ? { place: targetId } : {}),
                })),
                journeys: d.journeys.map((j) => ({
                  ...j,
                  traveler: j.traveler === e.id ? targetId : j.traveler,
                  legs: j.legs.map((l) => ({
                    ...l,
                    from: l.from === e.id ? targetId : l.from,
                    to: l.to === e.id ? targetId : l.to,
                  })),
                })),
              }))
            }
          />
        ))}
      </ul>
      {issuesFor(issues, 'mentions').problems.length > 0 && (
        <p className="authoring-problem">
          Some marks overlap or miss their names; see the list above the Save button.
        </p>
      )}
    </section>
  );
}

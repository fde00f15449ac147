import { useState } from 'react';
import type { Bundle, Entity, Leg, Span } from '../../../bundle/bundle-schema';
import type { DateSuggestion } from '../dates/suggest-dates';
import type { Draft } from '../draft/draft';
import { makeId } from '../draft/make-id';
import { proposeLegs } from '../draft/propose-legs';
import { EMPTY_FACT, FactFields, factPart } from './fact-fields';
import { Field } from './field';
import { IssueNotes, issuesFor, type ItemIssues } from './issue-notes';

interface Props {
  draft: Draft;
  bundle: Bundle;
  change: (kind: string, update: (d: Draft) => Draft) => void;
  dates: readonly DateSuggestion[];
  sentences: readonly Span[];
  selection: Span | null;
  issues: ItemIssues;
}

const RELATION_KINDS = [
  'meets',
  'visits',
  'plans-visit',
  'represents',
  'member-of',
  'official-of',
  'disputes',
  'reports',
  'quotes',
  'aligned-with',
];

function EntitySelect(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  entities: readonly Entity[];
  error?: string | undefined;
}) {
  return (
    <Field label={props.label} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          <option value="">(choose)</option>
          {props.entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type Errors = Record<string, string>;

/** Focuses the first control the form marked invalid, so a keyboard user lands on what to fix. */
function focusFirstInvalid(group: string): void {
  window.requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(
      `[aria-labelledby="${group}"] [aria-invalid="true"]`,
    );
    el?.focus();
  });
}

/** Step 5: relations, events and journeys, each from a supporting sentence. */
export function FactsSection(props: Props) {
  const { draft, bundle, change, dates, sentences, selection, issues } = props;
  const fieldProps = { dates, sentences, text: draft.text, selection };
  const taken = () =>
    new Set(
      [...draft.entities, ...draft.relations, ...draft.events, ...draft.journeys]
        .map((x) => x.id)
        .concat(draft.journeys.flatMap((j) => j.legs.map((l) => l.id))),
    );
  const nameOf = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;
  const places = draft.entities.filter((e) => e.kind === 'place' || e.kind === 'country');

  const [rel, setRel] = useState({
    source: '',
    target: '',
    kind: 'meets',
    label: '',
    fact: EMPTY_FACT,
  });
  const [ev, setEv] = useState({
    label: '',
    place: '',
    participants: [] as string[],
    fact: EMPTY_FACT,
  });
  const [traveler, setTraveler] = useState('');
  const [relErrors, setRelErrors] = useState<Errors>({});
  const [evErrors, setEvErrors] = useState<Errors>({});
  const [journeyError, setJourneyError] = useState<string | undefined>(undefined);

  // Required fields are checked when the user adds the item, and each message stands under its
  // field (a disabled button would not say what is missing).
  const relationProblems = (): Errors => {
    const e: Errors = {};
    if (rel.source === '') e.source = 'Choose who or what the relation starts from.';
    if (rel.kind.trim() === '') e.kind = 'Say what the relation is (meets, visits…).';
    if (rel.target === '') e.target = 'Choose who or what the relation goes to.';
    if (rel.fact.basis === 'stated' && rel.fact.evidence.length === 0)
      e.evidence = 'A stated relation cites the sentence that says it: choose one.';
    if (rel.fact.basis === 'inferred' && rel.fact.note.trim() === '')
      e.note = 'Say why you infer it.';
    return e;
  };
  const eventProblems = (): Errors => {
    const e: Errors = {};
    if (ev.label.trim() === '') e.label = 'Say in words what happened.';
    if (ev.fact.when === undefined)
      e.when = 'An event needs the date the article gives; without one, record a relation.';
    if (ev.fact.basis === 'stated' && ev.fact.evidence.length === 0)
      e.evidence = 'A stated event cites the sentence that says it: choose one.';
    if (ev.fact.basis === 'inferred' && ev.fact.note.trim() === '')
      e.note = 'Say why you infer it.';
    return e;
  };

  const addRelation = () =>
    change('add-relation', (d) => ({
      ...d,
      relations: [
        ...d.relations,
        {
          id: makeId(`${rel.source}-${rel.kind}-${rel.target}`, taken(), 'relation'),
          kind: rel.kind.trim(),
          source: rel.source,
          target: rel.target,
          label: rel.label.trim() || `${nameOf(rel.source)} ${rel.kind} ${nameOf(rel.target)}`,
          ...factPart(rel.fact),
        },
      ],
    }));
  const addEvent = () =>
    change('add-event', (d) => ({
      ...d,
      events: [
        ...d.events,
        {
          id: makeId(ev.label || 'event', taken(), 'event'),
          label: ev.label.trim(),
          ...(ev.place === '' ? {} : { place: ev.place }),
          participants: ev.participants,
          status: ev.fact.status,
          ...factPart(ev.fact),
        } as Draft['events'][number],
      ],
    }));
  const addJourney = () => {
    const journeyId = makeId(`${traveler}-journey`, taken(), 'journey');
    // Headlines restate the trip out of order; the body tells it in order.
    const headlines = bundle.article.blocks.filter((b) => b.kind === 'headline');
    const body = sentences.filter(
      (s) => !headlines.some((h) => s.start >= h.start && s.end <= h.end),
    );
    const legs = proposeLegs(bundle, traveler, body, (n) => `${journeyId}-${n}`);
    change('add-journey', (d) => ({
      ...d,
      journeys: [...d.journeys, { id: journeyId, traveler, legs }],
    }));
  };
  const updateLeg = (j: number, k: number, patch: (l: Leg) => Leg) =>
    change(`leg:${j}:${k}`, (d) => ({
      ...d,
      journeys: d.journeys.map((x, i) =>
        i === j ? { ...x, legs: x.legs.map((l, m) => (m === k ? patch(l) : l)) } : x,
      ),
    }));

  return (
    <section className="authoring-step" aria-labelledby="step-facts">
      <h2 id="step-facts">4. Relations, events and journeys</h2>

      <div role="group" aria-labelledby="new-relation" className="authoring-form">
        <h3 id="new-relation">New relation</h3>
        <div className="authoring-row">
          <EntitySelect
            label="Source"
            value={rel.source}
            onChange={(source) => setRel({ ...rel, source })}
            entities={draft.entities}
            error={relErrors.source}
          />
          <Field label="Relation kind" error={relErrors.kind}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                list="relation-kinds"
                value={rel.kind}
                onChange={(e) => setRel({ ...rel, kind: e.target.value })}
              />
            )}
          </Field>
          <datalist id="relation-kinds">
            {RELATION_KINDS.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
          <EntitySelect
            label="Target"
            value={rel.target}
            onChange={(target) => setRel({ ...rel, target })}
            entities={draft.entities}
            error={relErrors.target}
          />
          <Field
            label="Relation label"
            className="authoring-wide"
            hint="Optional: made from the names and the kind when left empty."
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                value={rel.label}
                placeholder="Choe Son-hui met Kong Xuanyou in Beijing"
                onChange={(e) => setRel({ ...rel, label: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="authoring-row">
          <FactFields
            idPrefix="relation"
            errors={relErrors}
            values={rel.fact}
            onChange={(fact) => setRel({ ...rel, fact })}
            withStatus={false}
            {...fieldProps}
          />
        </div>
        <button
          type="button"
          className="button"
          onClick={() => {
            const problems = relationProblems();
            setRelErrors(problems);
            if (Object.keys(problems).length > 0) focusFirstInvalid('new-relation');
            else {
              addRelation();
              setRel({ ...rel, label: '', fact: EMPTY_FACT });
            }
          }}
        >
          Add relation
        </button>
      </div>
      <ol className="authoring-facts">
        {draft.relations.map((r, i) => (
          <li key={r.id} data-relation={r.id}>
            {r.label}{' '}
            <span className="muted">
              ({r.kind}, {r.basis}
              {r.when ? `, ${r.when.text}` : ''})
            </span>{' '}
            <button
              type="button"
              className="button"
              aria-label={`Remove relation ${r.label}`}
              onClick={() =>
                change('remove-relation', (d) => ({
                  ...d,
                  relations: d.relations.filter((x) => x.id !== r.id),
                }))
              }
            >
              Remove
            </button>
            <IssueNotes issues={issuesFor(issues, `relations[${i}]`)} />
          </li>
        ))}
      </ol>

      <div role="group" aria-labelledby="new-event" className="authoring-form">
        <h3 id="new-event">New event</h3>
        <div className="authoring-row">
          <Field label="Event label" className="authoring-wide" error={evErrors.label}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={ev.label}
                onChange={(e) => setEv({ ...ev, label: e.target.value })}
              />
            )}
          </Field>
          <EntitySelect
            label="Event place"
            value={ev.place}
            onChange={(place) => setEv({ ...ev, place })}
            entities={places}
          />
        </div>
        <fieldset className="authoring-participants">
          <legend>Participants</legend>
          {draft.entities
            .filter((e) => e.kind !== 'place')
            .map((e) => (
              <label key={e.id}>
                <input
                  type="checkbox"
                  checked={ev.participants.includes(e.id)}
                  onChange={(x) =>
                    setEv({
                      ...ev,
                      participants: x.target.checked
                        ? [...ev.participants, e.id]
                        : ev.participants.filter((p) => p !== e.id),
                    })
                  }
                />{' '}
                {e.name}
              </label>
            ))}
        </fieldset>
        <div className="authoring-row">
          <FactFields
            idPrefix="event"
            errors={evErrors}
            values={ev.fact}
            onChange={(fact) => setEv({ ...ev, fact })}
            withStatus
            {...fieldProps}
          />
        </div>
        <p className="muted">
          An event needs the date the article gives; without one, record it as a relation.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            const problems = eventProblems();
            setEvErrors(problems);
            if (Object.keys(problems).length > 0) focusFirstInvalid('new-event');
            else {
              addEvent();
              setEv({ label: '', place: '', participants: [], fact: EMPTY_FACT });
            }
          }}
        >
          Add event
        </button>
      </div>
      <ol className="authoring-facts">
        {draft.events.map((e, i) => (
          <li key={e.id} data-event={e.id}>
            {e.label}{' '}
            <span className="muted">
              ({e.status}, {e.when ? e.when.text : 'no date'})
            </span>{' '}
            <button
              type="button"
              className="button"
              aria-label={`Remove event ${e.label}`}
              onClick={() =>
                change('remove-event', (d) => ({
                  ...d,
                  events: d.events.filter((x) => x.id !== e.id),
                }))
              }
            >
              Remove
            </button>
            <IssueNotes issues={issuesFor(issues, `events[${i}]`)} />
          </li>
        ))}
      </ol>

      <div role="group" aria-labelledby="new-journey" className="authoring-form">
        <h3 id="new-journey">New journey</h3>
        <div className="authoring-row">
          <EntitySelect
            label="Traveller"
            value={traveler}
            onChange={setTraveler}
            entities={draft.entities.filter(
              (e) => e.kind === 'person' || e.kind === 'organization',
            )}
            error={journeyError}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              if (traveler === '') {
                setJourneyError('Choose who travels.');
                focusFirstInvalid('new-journey');
              } else {
                setJourneyError(undefined);
                addJourney();
              }
            }}
          >
            Propose legs from the places in reading order
          </button>
        </div>
      </div>
      <ol className="authoring-facts">
        {draft.journeys.map((j, i) => (
          <li key={j.id}>
            <p>
              Journey of {nameOf(j.traveler)} ({j.legs.length} leg{j.legs.length === 1 ? '' : 's'}){' '}
              <button
                type="button"
                className="button"
                aria-label={`Remove the journey of ${nameOf(j.traveler)}`}
                onClick={() =>
                  change('remove-journey', (d) => ({
                    ...d,
                    journeys: d.journeys.filter((x) => x.id !== j.id),
                  }))
                }
              >
                Remove
              </button>
            </p>
            <IssueNotes
              issues={{
                problems: issuesFor(issues, `journeys[${i}]`).problems.filter(
                  (p) => !p.path.includes('.legs['),
                ),
                warnings: [],
              }}
            />
            <ol>
              {j.legs.map((l, k) => (
                // The group is inside the item: a list item may not take another role (axe).
                <li key={l.id} data-leg={l.id}>
                  <div
                    role="group"
                    aria-label={`Leg ${k + 1}: ${nameOf(l.from)} to ${nameOf(l.to)}`}
                  >
                    <div className="authoring-row">
                      <EntitySelect
                        label="From"
                        value={l.from}
                        onChange={(from) => updateLeg(i, k, (x) => ({ ...x, from }))}
                        entities={places}
                      />
                      <EntitySelect
                        label="To"
                        value={l.to}
                        onChange={(to) => updateLeg(i, k, (x) => ({ ...x, to }))}
                        entities={places}
                      />
                      <FactFields
                        idPrefix={`leg-${i}-${k}`}
                        values={{
                          when: l.when,
                          status: l.status,
                          basis: l.basis,
                          note: l.note ?? '',
                          evidence: l.evidence,
                        }}
                        onChange={(v) =>
                          updateLeg(i, k, (x) => ({
                            id: x.id,
                            from: x.from,
                            to: x.to,
                            status: v.status,
                            ...factPart(v),
                          }))
                        }
                        withStatus
                        {...fieldProps}
                      />
                      <button
                        type="button"
                        className="button"
                        aria-label={`Remove leg ${k + 1}`}
                        onClick={() =>
                          change('remove-leg', (d) => ({
                            ...d,
                            journeys: d.journeys.map((x, m) =>
                              m === i ? { ...x, legs: x.legs.filter((_, n) => n !== k) } : x,
                            ),
                          }))
                        }
                      >
                        Remove leg
                      </button>
                    </div>
                    <IssueNotes issues={issuesFor(issues, `journeys[${i}].legs[${k}]`)} />
                  </div>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}

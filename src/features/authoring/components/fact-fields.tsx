import type { Basis, Span, Status, When } from '../../../bundle/bundle-schema';
import type { DateSuggestion } from '../dates/suggest-dates';
import { Field } from './field';

/** The fields relations, events and legs share: date, status, basis, note, evidence. */
export interface FactValues {
  when: When | undefined;
  status: Status;
  basis: Basis;
  note: string;
  evidence: Span[];
}

export const EMPTY_FACT: FactValues = {
  when: undefined,
  status: 'happened',
  basis: 'stated',
  note: '',
  evidence: [],
};

interface Props {
  idPrefix: string;
  values: FactValues;
  onChange: (v: FactValues) => void;
  dates: readonly DateSuggestion[];
  sentences: readonly Span[];
  text: string;
  selection: Span | null;
  withStatus: boolean;
  /** What a required field left empty needs, said under it (after a try to add the item). */
  errors?: Partial<Record<'when' | 'note' | 'evidence', string>>;
}

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Date, status, basis, note and evidence, each a labelled control (keyboard and tests alike). */
export function FactFields(props: Props) {
  const { values, onChange, dates, sentences, text, selection } = props;
  const set = (patch: Partial<FactValues>) => onChange({ ...values, ...patch });
  const dateIndex = dates.findIndex((d) => d.text === values.when?.text);
  const evidenceIndex = sentences.findIndex(
    (s) =>
      values.evidence[0] !== undefined &&
      s.start === values.evidence[0].start &&
      s.end === values.evidence[0].end,
  );
  return (
    <>
      <Field label="Date" error={props.errors?.when}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={dateIndex < 0 ? '' : String(dateIndex)}
            onChange={(e) => {
              const d = dates[Number(e.target.value)];
              set({
                when:
                  e.target.value === '' || d === undefined
                    ? undefined
                    : {
                        start: d.resolved,
                        ...(d.resolvedEnd ? { end: d.resolvedEnd } : {}),
                        text: d.text,
                      },
              });
            }}
          >
            <option value="">(no date)</option>
            {dates.map((d, i) => (
              <option key={i} value={i}>
                {d.text} · {d.resolved}
                {d.resolvedEnd ? `–${d.resolvedEnd}` : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      {props.withStatus && (
        <Field label="Status">
          {({ id }) => (
            <select
              id={id}
              value={values.status}
              onChange={(e) => set({ status: e.target.value as Status })}
            >
              <option>happened</option>
              <option>planned</option>
              <option>expected</option>
            </select>
          )}
        </Field>
      )}
      <Field label="Basis">
        {({ id }) => (
          <select
            id={id}
            value={values.basis}
            onChange={(e) => set({ basis: e.target.value as Basis })}
          >
            <option value="stated">stated (the article says it)</option>
            <option value="inferred">inferred (you conclude it)</option>
          </select>
        )}
      </Field>
      <Field
        label={`Note${values.basis === 'inferred' ? ' (why you infer it: required)' : ''}`}
        className="authoring-wide"
        error={props.errors?.note}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={values.note}
            onChange={(e) => set({ note: e.target.value })}
          />
        )}
      </Field>
      <Field label="Evidence sentence" className="authoring-wide" error={props.errors?.evidence}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={
              evidenceIndex < 0
                ? values.evidence.length > 0
                  ? 'custom'
                  : ''
                : String(evidenceIndex)
            }
            onChange={(e) => {
              const s = sentences[Number(e.target.value)];
              if (e.target.value === '') set({ evidence: [] });
              else if (s !== undefined) set({ evidence: [{ start: s.start, end: s.end }] });
            }}
          >
            <option value="">(none)</option>
            {values.evidence.length > 0 && evidenceIndex < 0 && (
              <option value="custom">
                {short(text.slice(values.evidence[0]?.start ?? 0, values.evidence[0]?.end ?? 0))}
              </option>
            )}
            {sentences.map((s, i) => (
              <option key={i} value={i}>
                {short(text.slice(s.start, s.end))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button
        type="button"
        className="button"
        disabled={selection === null || selection.end <= selection.start}
        onClick={() =>
          selection !== null && set({ evidence: [{ start: selection.start, end: selection.end }] })
        }
      >
        Use the selected text as evidence
      </button>
    </>
  );
}

/** The fields back into a bundle item: empty note and date left out. */
export function factPart(v: FactValues) {
  return {
    ...(v.when === undefined ? {} : { when: v.when }),
    basis: v.basis,
    ...(v.note.trim() === '' ? {} : { note: v.note.trim() }),
    evidence: v.evidence,
  };
}

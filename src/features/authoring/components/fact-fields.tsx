import type { Basis, Span, Status, When } from '../../../bundle/bundle-schema';
import type { DateSuggestion } from '../dates/suggest-dates';

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
}

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Date, status, basis, note and evidence, each a labelled control (keyboard and tests alike). */
export function FactFields(props: Props) {
  const { values, onChange, dates, sentences, text, selection, idPrefix } = props;
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
      <label className="authoring-field">
        <span>Date</span>
        <select
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
      </label>
      {props.withStatus && (
        <label className="authoring-field">
          <span>Status</span>
          <select value={values.status} onChange={(e) => set({ status: e.target.value as Status })}>
            <option>happened</option>
            <option>planned</option>
            <option>expected</option>
          </select>
        </label>
      )}
      <label className="authoring-field">
        <span>Basis</span>
        <select value={values.basis} onChange={(e) => set({ basis: e.target.value as Basis })}>
          <option value="stated">stated (the article says it)</option>
          <option value="inferred">inferred (you conclude it)</option>
        </select>
      </label>
      <label className="authoring-field authoring-wide">
        <span>Note{values.basis === 'inferred' ? ' (why you infer it: required)' : ''}</span>
        <input value={values.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
      <label className="authoring-field authoring-wide">
        <span>Evidence sentence</span>
        <select
          id={`${idPrefix}-evidence`}
          value={
            evidenceIndex < 0 ? (values.evidence.length > 0 ? 'custom' : '') : String(evidenceIndex)
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
      </label>
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

import { useId, type ReactNode } from 'react';
import { IssueNotes, type ItemIssues } from './issue-notes';

/** What a control needs from its field: its id, and the ids and state that describe it. */
export interface FieldControl {
  id: string;
  /** Ids of the hint and the field's own problems, for aria-describedby (undefined: none). */
  describedBy: string | undefined;
  /** True when the validator has a problem with this field (aria-invalid). */
  invalid: boolean;
}

/** Props of one labelled control. */
export interface FieldProps {
  /** The words a person reads and a screen reader says: the control's whole accessible name. */
  label: ReactNode;
  /** Keeps the label for assistive technology only (a row whose heading already says it). */
  hideLabel?: boolean;
  /** A hint under the control, announced as its description. */
  hint?: ReactNode;
  /** What the validator says about this field, shown under it and announced with it. */
  notes?: ItemIssues;
  /** The field's name as the notes should call it ("Byline is empty; …"). */
  noteLabel?: string;
  /** A required field left empty when the user tried to add the item: said under it, focused. */
  error?: string | undefined;
  /** Extra class names on the wrapper (authoring-wide, authoring-narrow). */
  className?: string;
  /** The control, given the id its label points at and what describes it. */
  children: (control: FieldControl) => ReactNode;
}

/**
 * A label tied to its control by `for`/`id` rather than by wrapping: a `<select>` inside its
 * `<label>` gets its options' text in its accessible name in Chromium ("Kind of block 1headline
 * caption…"), and a hint inside the label would be read as part of the name.
 */
export function Field(props: FieldProps) {
  const id = useId();
  const hintId = props.hint === undefined ? undefined : `${id}-hint`;
  const notes = props.notes;
  const hasNotes = notes !== undefined && notes.problems.length + notes.warnings.length > 0;
  const notesId = hasNotes ? `${id}-notes` : undefined;
  const errorId = props.error === undefined ? undefined : `${id}-error`;
  const describedBy = [errorId, hintId, notesId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['authoring-field', props.className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={props.hideLabel === true ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.children({
        id,
        describedBy,
        invalid: props.error !== undefined || (notes?.problems.length ?? 0) > 0,
      })}
      {props.error !== undefined && (
        <small id={errorId} className="authoring-problem authoring-field-error">
          {props.error}
        </small>
      )}
      {props.hint !== undefined && (
        <small id={hintId} className="authoring-hint">
          {props.hint}
        </small>
      )}
      {hasNotes && (
        <IssueNotes
          id={notesId}
          issues={notes}
          {...(props.noteLabel === undefined ? {} : { fieldLabel: props.noteLabel })}
        />
      )}
    </div>
  );
}

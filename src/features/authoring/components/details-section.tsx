import type { Draft } from '../draft/draft';
import { Field } from './field';
import { issuesFor, type ItemIssues } from './issue-notes';

interface Props {
  draft: Draft;
  change: (kind: string, update: (d: Draft) => Draft) => void;
  issues: ItemIssues;
}

/** Step 2: title, publisher, byline, date, language, address and the story's id. */
export function DetailsSection(props: Props) {
  const { draft, change, issues } = props;
  const meta = draft.meta;
  const field = (
    name: keyof Draft['meta'],
    label: string,
    options: { hint?: string; wide?: boolean; placeholder?: string; noteLabel?: string } = {},
  ) => (
    <Field
      label={label}
      {...(options.hint === undefined ? {} : { hint: options.hint })}
      notes={issuesFor(issues, `article.${name}`)}
      noteLabel={options.noteLabel ?? label}
      className={options.wide === true ? 'authoring-wide' : undefined}
    >
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          value={meta[name]}
          placeholder={options.placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const value = e.target.value;
            change(`type:meta.${name}`, (d) => ({ ...d, meta: { ...d.meta, [name]: value } }));
          }}
        />
      )}
    </Field>
  );

  return (
    <section className="authoring-step" aria-labelledby="step-meta">
      <h2 id="step-meta">2. Its details</h2>
      <div className="authoring-meta" role="group" aria-labelledby="step-meta">
        {field('title', 'Title', { wide: true })}
        {field('publisher', 'Publisher')}
        {field('byline', 'Byline')}
        {field('published', 'Published', {
          placeholder: 'YYYY-MM-DD',
          hint: 'A date (2019-03-14), or a date and time with its offset (2019-03-14T10:30:00-04:00).',
        })}
        {field('language', 'Language', { hint: 'A language code: en, fr, ko…' })}
        {field('url', 'Web address (optional)', { wide: true, noteLabel: 'Web address' })}
        <Field
          label="Story id"
          hint="Made from the title until you change it."
          notes={issuesFor(issues, 'id')}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              value={draft.id}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              onChange={(e) => {
                const value = e.target.value;
                change('type:id', (d) => ({ ...d, id: value }));
              }}
            />
          )}
        </Field>
      </div>
    </section>
  );
}

import type { BundleIssue } from '../../../bundle/bundle-issue';

/** Problems and warnings that concern one item, keyed by the start of their JSON path. */
export interface ItemIssues {
  problems: BundleIssue[];
  warnings: BundleIssue[];
}

/** The issues whose path starts with `prefix` ("entities[2]", "relations[0]", "article"). */
export function issuesFor(all: ItemIssues, prefix: string): ItemIssues {
  const hit = (i: BundleIssue) =>
    i.path === prefix || i.path.startsWith(`${prefix}.`) || i.path.startsWith(`${prefix}[`);
  return { problems: all.problems.filter(hit), warnings: all.warnings.filter(hit) };
}

/**
 * The validator's field names as this page labels them, so a note reads "Note is missing, but
 * the basis is “inferred”: …" with the words on the screen, not the JSON's.
 */
const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  publisher: 'Publisher',
  byline: 'Byline',
  published: 'Published',
  modified: 'Modified',
  language: 'Language',
  url: 'Web address',
  text: 'Article text',
  blocks: 'Blocks',
  id: 'Id',
  name: 'Name',
  aliases: 'Other names',
  kind: 'Kind',
  country: 'Country',
  lat: 'Latitude',
  lon: 'Longitude',
  summary: 'Summary',
  note: 'Note',
  evidence: 'Evidence',
  basis: 'Basis',
  status: 'Status',
  source: 'Source',
  target: 'Target',
  label: 'Label',
  'when.text': 'Date',
  'when.start': 'Date',
  'when.end': 'Date’s end',
  from: 'From',
  to: 'To',
  traveler: 'Traveller',
  participants: 'Participants',
  place: 'Place',
  legs: 'Legs',
  'start/end': 'Marked passage',
  start: 'Marked passage',
};

/** "is empty; …" under the label "Byline" reads "Byline is empty; …". */
export function noteText(issue: BundleIssue, fieldLabel?: string): string {
  if (issue.field === '(whole bundle)' || issue.field === '(more)')
    return capitalise(issue.message);
  const label = fieldLabel ?? FIELD_LABELS[issue.field] ?? issue.field;
  return `${label} ${issue.message}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What the validator says about one item, in its words, next to the item. */
export function IssueNotes(props: {
  issues: ItemIssues;
  id?: string | undefined;
  fieldLabel?: string;
}) {
  const { problems, warnings } = props.issues;
  if (problems.length === 0 && warnings.length === 0) return null;
  return (
    <ul className="authoring-issues" id={props.id}>
      {problems.map((p, i) => (
        <li key={`p${i}`} className="authoring-problem">
          <strong>To fix:</strong> {noteText(p, props.fieldLabel)}
        </li>
      ))}
      {warnings.map((w, i) => (
        <li key={`w${i}`} className="authoring-warning">
          <strong>Check:</strong> {noteText(w, props.fieldLabel)}
        </li>
      ))}
    </ul>
  );
}

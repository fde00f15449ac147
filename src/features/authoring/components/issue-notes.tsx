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

/** What the validator says about one item, in its words, next to the item. */
export function IssueNotes(props: { issues: ItemIssues }) {
  const { problems, warnings } = props.issues;
  if (problems.length === 0 && warnings.length === 0) return null;
  return (
    <ul className="authoring-issues">
      {problems.map((p, i) => (
        <li key={`p${i}`} className="authoring-problem">
          <strong>To fix:</strong> {p.field === '(whole bundle)' ? '' : `${p.field} `}
          {p.message}
        </li>
      ))}
      {warnings.map((w, i) => (
        <li key={`w${i}`} className="authoring-warning">
          <strong>Check:</strong> {w.field} {w.message}
        </li>
      ))}
    </ul>
  );
}

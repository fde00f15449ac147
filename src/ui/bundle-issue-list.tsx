import { useState } from 'react';
import type { BundleIssue } from '../bundle/bundle-issue';

/** Drawn at once; the rest on request (a 20 MB file can hold thousands of errors). */
const FIRST = 100;

function IssueItem({ issue }: { issue: BundleIssue }) {
  return (
    <li>
      <strong>{issue.item}</strong>, <code>{issue.field}</code>: {issue.message}{' '}
      <span className="issue-path">({issue.path})</span>
    </li>
  );
}

/**
 * Validation problems as a list a person can work through: item, field, why. Every one of them:
 * the first hundred at once, the others behind a button that says how many there are, so no
 * error of a refused file is left unsaid.
 */
export function BundleIssueList(props: { issues: BundleIssue[] }) {
  const { issues } = props;
  const [all, setAll] = useState(false);
  const shown = all ? issues : issues.slice(0, FIRST);
  const rest = issues.length - shown.length;
  return (
    <>
      <ol
        className="issue-list"
        aria-label={`${issues.length} problem${issues.length === 1 ? '' : 's'}`}
      >
        {shown.map((issue, i) => (
          <IssueItem key={`${issue.path}-${i}`} issue={issue} />
        ))}
      </ol>
      {rest > 0 && (
        <button type="button" className="button" onClick={() => setAll(true)}>
          Show the other {rest} problem{rest === 1 ? '' : 's'}
        </button>
      )}
    </>
  );
}

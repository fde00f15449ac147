import type { BundleIssue } from '../bundle/bundle-issue';

const SHOWN = 50;

/** Validation problems as a list a person can work through: item, field, why. */
export function BundleIssueList(props: { issues: BundleIssue[] }) {
  const shown = props.issues.slice(0, SHOWN);
  return (
    <>
      <ul className="issue-list">
        {shown.map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <strong>{issue.item}</strong>, <code>{issue.field}</code>: {issue.message}{' '}
            <span className="issue-path">({issue.path})</span>
          </li>
        ))}
      </ul>
      {props.issues.length > SHOWN && <p>…and {props.issues.length - SHOWN} more.</p>}
    </>
  );
}

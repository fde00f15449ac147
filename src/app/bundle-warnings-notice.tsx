import { useState } from 'react';
import type { BundleIssue } from '../bundle/bundle-issue';
import { BundleIssueList } from '../ui/bundle-issue-list';
import './storage-notice.css';

/**
 * What the validator noted but did not refuse (a relation from an entity to itself, a loop of
 * country links): the story draws, but its author probably erred, so say so once, quietly.
 */
export function BundleWarningsNotice(props: { warnings: BundleIssue[] | undefined }) {
  const warnings = props.warnings ?? [];
  const [dismissed, setDismissed] = useState(false);
  if (warnings.length === 0 || dismissed) return null;
  const count = warnings.length === 1 ? 'one thing' : `${warnings.length} things`;
  return (
    <section className="bundle-warnings" aria-label="Warnings about this story">
      <details>
        <summary>This story opened, but its file has {count} its author may want to fix.</summary>
        <BundleIssueList issues={warnings} />
      </details>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </section>
  );
}

import type { BundleLoadError } from '../bundle/bundle-load-error';
import { describeLoadError } from '../bundle/bundle-load-error';
import { BundleIssueList } from '../ui/bundle-issue-list';

/** Says exactly why a bundle could not be opened, item by item. */
export function BundleErrorView(props: { error: BundleLoadError }) {
  const { error } = props;
  return (
    <div role="alert" className="bundle-error">
      <h2>This story could not be opened</h2>
      <p>{describeLoadError(error)}</p>
      {error.kind === 'invalid' && <BundleIssueList issues={error.issues} />}
    </div>
  );
}

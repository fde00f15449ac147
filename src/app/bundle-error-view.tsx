import type { BundleLoadError } from '../bundle/bundle-load-error';
import { describeLoadError } from '../bundle/bundle-load-error';
import { BundleIssueList } from '../ui/bundle-issue-list';

/** Says exactly why a bundle could not be opened, item by item. */
export function BundleErrorView(props: { error: BundleLoadError; headingLevel?: 1 | 2 }) {
  const { error } = props;
  const Heading = props.headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div role="alert" className="bundle-error">
      <Heading>This story could not be opened</Heading>
      <p>{describeLoadError(error)}</p>
      {error.kind === 'invalid' && <BundleIssueList issues={error.issues} />}
    </div>
  );
}

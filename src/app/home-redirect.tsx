import { Navigate } from 'react-router';
import { useBundleStore } from './bundle-store';
import { describeLoadError } from '../bundle/bundle-load-error';
import { MessagePage } from './message-page';

/** "/" opens the first bundle the build ships. */
export function HomeRedirect() {
  const { index } = useBundleStore();
  if (index === null)
    return (
      <MessagePage title="Article Atlas" busy>
        Loading the list of stories…
      </MessagePage>
    );
  if (!index.ok)
    return (
      <MessagePage title="The list of stories could not be read">
        {describeLoadError(index.error)}
      </MessagePage>
    );
  const first = index.value.bundles[0];
  if (first === undefined)
    return <MessagePage title="No stories">This build ships no story bundle.</MessagePage>;
  return <Navigate to={`/b/${encodeURIComponent(first.id)}`} replace />;
}

import { Navigate } from 'react-router';
import { useBundleStore } from './bundle-store';
import { describeLoadError } from '../bundle/bundle-load-error';
import { MessagePage } from './message-page';
import { OpenStoryPage } from './open-story-page';

/** "/" opens the first bundle the build ships, or offers to open a story file when there is none. */
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
  // The bare single-file app ships no story and cannot fetch one: it offers to open a file.
  if (first === undefined) return <OpenStoryPage />;
  return <Navigate to={`/b/${encodeURIComponent(first.id)}`} replace />;
}

import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { MessagePage } from './message-page';
import { boundMessage, quoteText } from '../bundle/describe-value';
import { decodeOrKeep } from '../view-state/safe-decode';

/**
 * Last resort for an error no view boundary caught. A path no route matches (react-router's
 * patterns stop at a CR or LF, so `#/x%0Ay` lands here, not on the catch-all) reads as "not
 * found", with the path quoted safely.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const location = useLocation();
  if (isRouteErrorResponse(error) && error.status === 404)
    return (
      <MessagePage title="Page not found">
        <p>
          Nothing lives at <code>{quoteText(decodeOrKeep(location.pathname))}</code>. Links to a
          story look like <code>#/b/story-id</code>.
        </p>
      </MessagePage>
    );
  return (
    <MessagePage title="Something went wrong">
      <p>
        {error instanceof Error
          ? boundMessage(error.message)
          : 'An unexpected error stopped this page.'}
      </p>
    </MessagePage>
  );
}

import { useRouteError } from 'react-router';
import { MessagePage } from './message-page';

/** Last resort for an error no view boundary caught. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <MessagePage title="Something went wrong">
      <p>{error instanceof Error ? error.message : 'An unexpected error stopped this page.'}</p>
    </MessagePage>
  );
}

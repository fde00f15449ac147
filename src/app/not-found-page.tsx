import { useLocation } from 'react-router';
import { MessagePage } from './message-page';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <MessagePage title="Page not found">
      <p>
        Nothing lives at <code>{location.pathname}</code>. Links to a story look like{' '}
        <code>#/b/story-id</code>.
      </p>
    </MessagePage>
  );
}

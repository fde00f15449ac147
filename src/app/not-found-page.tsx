import { useLocation } from 'react-router';
import { MessagePage } from './message-page';
import { quoteText } from '../bundle/describe-value';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <MessagePage title="Page not found">
      <p>
        Nothing lives at <code>{quoteText(location.pathname)}</code>. Links to a story look like{' '}
        <code>#/b/story-id</code>.
      </p>
    </MessagePage>
  );
}

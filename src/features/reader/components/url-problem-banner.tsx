import { useState } from 'react';
import { boundMessage } from '../../../bundle/describe-value';

/**
 * What the link asked for but this story cannot show, over the article, dismissible.
 * The article stays usable underneath: a bad link never means a blank page.
 */
export function UrlProblemBanner(props: {
  messages: string[];
  onClearSelection: (() => void) | undefined;
}) {
  const key = props.messages.join('\n');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (key === '' || dismissed === key) return null;
  return (
    <div className="url-problem" role="alert">
      <div>
        <strong>This link could not be followed exactly.</strong>
        <ul>
          {props.messages.map((m) => (
            <li key={m}>{boundMessage(m)}</li>
          ))}
        </ul>
      </div>
      <div className="url-problem-actions">
        {props.onClearSelection && (
          <button type="button" className="button" onClick={props.onClearSelection}>
            Clear the selection
          </button>
        )}
        <button type="button" className="button" onClick={() => setDismissed(key)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import type { DeckNotice as Notice } from '../storage/resolve-deck';
import { downloadText } from '../../../lib/download-file';

/**
 * Says what could not be read from storage, what was kept, and where the unreadable text went,
 * so nothing is lost without the user knowing.
 */
export function DeckNotice(props: { notice: Notice; fileStem: string }) {
  const { notice } = props;
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="deck-notice" role="alert">
      <h2>The saved briefing could not all be read</h2>
      <ul>
        {notice.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {notice.raw !== null && (
        <p>
          {notice.backupKey !== null ? (
            <>
              The saved text is kept unchanged in this browser under <code>{notice.backupKey}</code>
              .{' '}
            </>
          ) : (
            <>This browser would not keep a copy of the saved text; download it now. </>
          )}
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadText(`${props.fileStem}-damaged.json`, notice.raw ?? '', 'application/json')
            }
          >
            Download the saved text
          </button>
        </p>
      )}
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}

import { useState } from 'react';
import { useBundleStore } from './bundle-store';

/** Says, once, what saved data could not be recovered; what could be recovered is in use. */
export function StorageNotice() {
  const { storageProblems } = useBundleStore();
  const [dismissed, setDismissed] = useState(false);
  if (storageProblems.length === 0 || dismissed) return null;
  return (
    <div className="storage-notice" role="alert">
      <ul>
        {storageProblems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}

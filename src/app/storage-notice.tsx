import { useState } from 'react';
import { useBundleStore } from './bundle-store';
import { downloadText } from '../lib/download-file';
import './storage-notice.css';

/**
 * Says what saved data could not be kept or read, and gives back what was set aside: every
 * backup can be downloaded (and deleted once the user has it). Shown on the workspace and on its
 * error page alike, so a damaged story is explained even when the link names it.
 */
export function StorageNotice() {
  const { storageProblems, backups, downloadBackup, removeBackup, dismissProblems } =
    useBundleStore();
  // Dismiss hides the backups listed then; a new problem or a new backup shows the notice again.
  const [dismissed, setDismissed] = useState('');
  const backupKeys = backups.map((b) => b.key).join('\n');
  const showBackups = backups.length > 0 && backupKeys !== dismissed;
  // A backup says why it was kept, so the reason survives a reload; once is enough when the
  // same sentence is already listed as a problem of this visit.
  const problemTexts = new Set(storageProblems.map((p) => p.message));
  if (storageProblems.length === 0 && !showBackups) return null;
  return (
    <section className="storage-notice" role="alert" aria-label="Saved stories">
      {storageProblems.length > 0 && (
        <ul>
          {storageProblems.map((p) => (
            <li key={p.id}>
              {p.message}{' '}
              {p.download && (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    const d = p.download;
                    if (d) downloadText(d.fileName, d.text, 'application/json');
                  }}
                >
                  Download the story file
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {showBackups && (
        <div className="storage-backups">
          <p>
            Kept as {backups.length === 1 ? 'a backup' : `${backups.length} backups`} (saved text
            that could not be used):
          </p>
          <ul>
            {backups.map((b) => (
              <li key={b.key}>
                <span className="storage-backup-name">{b.fileName}</span>{' '}
                <span className="muted">({b.chars.toLocaleString('en')} characters)</span>{' '}
                {!problemTexts.has(b.reason) && (
                  <span className="storage-backup-reason">{b.reason}</span>
                )}{' '}
                <button type="button" className="button" onClick={() => void downloadBackup(b.key)}>
                  Download
                </button>{' '}
                <button
                  type="button"
                  className="button"
                  aria-label={`Delete the backup ${b.fileName}`}
                  onClick={() => {
                    if (window.confirm(`Delete the backup ${b.fileName} for good?`))
                      void removeBackup(b.key);
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          dismissProblems();
          setDismissed(backupKeys);
        }}
      >
        Dismiss
      </button>
    </section>
  );
}

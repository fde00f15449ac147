import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useBundleStore } from './bundle-store';
import { useOpenBundleFile } from './use-open-bundle-file';
import { OpeningScreen } from './opening-screen';
import { StorageNotice } from './storage-notice';
import { BundleIssueList } from '../ui/bundle-issue-list';
import './storage-notice.css';

/**
 * The first page when there is no story to show: the bare single-file app opened from disk
 * (it ships none and cannot fetch), or a build whose list is empty. It offers to open a story
 * file (button or drop) and lists the stories kept in this browser.
 */
export function OpenStoryPage() {
  const { local, opening } = useBundleStore();
  const { open, refused, dismiss } = useOpenBundleFile();
  const [dragging, setDragging] = useState(false);
  const refusedRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = refusedRef.current;
    if (!d) return;
    if (refused && !d.open) d.showModal();
    if (!refused && d.open) d.close();
  }, [refused]);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      setDragging(false);
      void open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  if (opening !== null) return <OpeningScreen opening={opening} />;
  return (
    <>
      <StorageNotice />
      <main className="message-page" aria-labelledby="open-story-title">
        <p className="brand">Article Atlas</p>
        <h1 id="open-story-title">Open a story</h1>
        <div className="message-page-body">
          <p>
            Choose a story bundle (a <code>.json</code> file) to read it with its network, map and
            timeline. Nothing leaves this computer.
          </p>
          <p>
            <label className="button file-button">
              Open a story file…
              <input
                type="file"
                accept="application/json,.json"
                className="visually-hidden"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void open(file);
                }}
              />
            </label>{' '}
            <span className="muted">or drop one anywhere on this page.</span>
          </p>
          {local.length > 0 && (
            <>
              <h2>Kept in this browser</h2>
              <ul className="picker-list">
                {local.map((s) => (
                  <li key={s.id}>
                    <Link to={`/b/${encodeURIComponent(s.routeId)}`}>{s.title}</Link>
                    {s.publisher && <span className="muted"> · {s.publisher}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </main>
      <dialog
        ref={refusedRef}
        className="refused-dialog"
        aria-labelledby="open-refused-title"
        onClose={dismiss}
      >
        {refused && (
          <div role="alert">
            <h2 id="open-refused-title">“{refused.name}” was not opened</h2>
            <p>
              It is not a valid story bundle ({refused.issues.length} problem
              {refused.issues.length === 1 ? '' : 's'}).
            </p>
            <BundleIssueList issues={refused.issues} />
          </div>
        )}
        <button type="button" className="button" onClick={dismiss}>
          OK
        </button>
      </dialog>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a story bundle (.json) to open it
        </div>
      )}
    </>
  );
}

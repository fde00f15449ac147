import { useCallback } from 'react';
import { Link } from 'react-router';
import { useBundleStore } from './bundle-store';
import { useOpenBundleFile } from './use-open-bundle-file';
import { OpeningScreen } from './opening-screen';
import { StorageNotice } from './storage-notice';
import { useWindowFileDrop } from '../ui/use-window-file-drop';
import { RefusedFileDialog } from './refused-file-dialog';
import { FileDropOverlay } from './file-drop-overlay';
import './storage-notice.css';

/**
 * The first page when there is no story to show: the bare single-file app opened from disk
 * (it ships none and cannot fetch), or a build whose list is empty. It offers to open a story
 * file (button or drop) and lists the stories kept in this browser.
 */
export function OpenStoryPage() {
  const { local, opening } = useBundleStore();
  const { open, refused, dismiss } = useOpenBundleFile();

  const onDrop = useCallback((file: File) => void open(file), [open]);
  const dragging = useWindowFileDrop(onDrop);

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
      <RefusedFileDialog refused={refused} dismiss={dismiss} />
      <FileDropOverlay dragging={dragging} />
    </>
  );
}

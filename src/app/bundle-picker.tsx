import { useCallback, useRef } from 'react';
import { Link } from 'react-router';
import { useBundleStore } from './bundle-store';
import { useOpenBundleFile } from './use-open-bundle-file';
import { useWindowFileDrop } from '../ui/use-window-file-drop';
import { RefusedFileDialog } from './refused-file-dialog';
import { FileDropOverlay } from './file-drop-overlay';
import { formatPublishedDay } from '../model/format-date';

/**
 * "Stories": the bundles this build ships, those opened from files, and a way to open another
 * (file picker, or drop a .json file anywhere on the window).
 */
export function BundlePicker({ currentId }: { currentId: string }) {
  const { index, local, removeLocal } = useBundleStore();
  const { open, refused, dismiss } = useOpenBundleFile();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const onDrop = useCallback(
    (file: File) => {
      dialogRef.current?.close();
      void open(file);
    },
    [open],
  );
  const dragging = useWindowFileDrop(onDrop);

  const shipped = index?.ok ? index.value.bundles : [];
  return (
    <>
      <button type="button" className="button" onClick={() => dialogRef.current?.showModal()}>
        Stories
      </button>
      <dialog ref={dialogRef} className="picker-dialog" aria-labelledby="picker-title">
        <div className="dialog-head">
          <h2 id="picker-title">Open a story</h2>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
        <ul className="picker-list">
          {shipped.map((b) => (
            <li key={b.id}>
              <Link
                to={`/b/${encodeURIComponent(b.id)}`}
                aria-current={b.id === currentId ? 'page' : undefined}
                onClick={() => dialogRef.current?.close()}
              >
                {b.title}
              </Link>
              <span className="muted">
                {' '}
                {b.publisher}, {formatPublishedDay(b.published)}
              </span>
            </li>
          ))}
          {local.map((b) => (
            <li key={`local-${b.id}`}>
              <Link
                to={`/b/${encodeURIComponent(b.routeId)}`}
                aria-current={b.routeId === currentId ? 'page' : undefined}
                onClick={() => dialogRef.current?.close()}
              >
                {b.title}
              </Link>
              <span className="muted">
                {' '}
                {b.source === 'authored' ? 'written here' : 'opened from a file'}
                {b.publisher ? ` · ${b.publisher}` : ''}
                {b.savedAt ? '' : ' · not kept in this browser'}
              </span>{' '}
              <button
                type="button"
                className="button"
                aria-label={`Remove “${b.title}” from this browser`}
                onClick={() => {
                  if (
                    window.confirm(
                      `Remove “${b.title}” from this browser? Keep its file if you may want it again.`,
                    )
                  )
                    void removeLocal(b.id);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <p className="picker-actions">
          <Link className="button" to="/new" onClick={() => dialogRef.current?.close()}>
            New story…
          </Link>{' '}
          {currentId !== '' && (
            <Link
              className="button"
              to={`/edit/${encodeURIComponent(currentId)}`}
              onClick={() => dialogRef.current?.close()}
            >
              Correct this story…
            </Link>
          )}
        </p>
        <p>
          <label className="button file-button">
            Open a JSON file…
            <input
              ref={fileRef}
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) {
                  dialogRef.current?.close();
                  void open(file);
                }
              }}
            />
          </label>{' '}
          <span className="muted">or drop a bundle file anywhere on the window.</span>
        </p>
      </dialog>
      <RefusedFileDialog
        refused={refused}
        dismiss={dismiss}
        afterwards="The story you had open is unchanged."
      />
      <FileDropOverlay dragging={dragging} />
    </>
  );
}

import { useEffect, useId, useRef } from 'react';
import type { RefusedFile } from './use-open-bundle-file';
import { BundleIssueList } from '../ui/bundle-issue-list';

/**
 * The modal that says why a story file was not opened, with every problem found in it.
 * `afterwards` tells the user what happened to what they had (e.g. the open story is unchanged).
 */
export function RefusedFileDialog({
  refused,
  dismiss,
  afterwards,
}: {
  refused: RefusedFile | null;
  dismiss: () => void;
  afterwards?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (refused && !d.open) d.showModal();
    if (!refused && d.open) d.close();
  }, [refused]);
  return (
    <dialog ref={ref} className="refused-dialog" aria-labelledby={titleId} onClose={dismiss}>
      {refused && (
        <div role="alert">
          <h2 id={titleId}>“{refused.name}” was not opened</h2>
          <p>
            It is not a valid story bundle ({refused.issues.length} problem
            {refused.issues.length === 1 ? '' : 's'}).{afterwards ? ` ${afterwards}` : ''}
          </p>
          <BundleIssueList issues={refused.issues} />
        </div>
      )}
      <button type="button" className="button" onClick={dismiss}>
        OK
      </button>
    </dialog>
  );
}

import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { BundleIssue } from '../bundle/bundle-issue';
import { useBundleStore } from './bundle-store';
import { fileSizeIssue } from '../bundle/bundle-file-limit';
import { validateOffThread } from '../bundle/worker/validate-off-thread';

export interface RefusedFile {
  name: string;
  issues: BundleIssue[];
}

const fileIssue = (field: string, message: string): BundleIssue => ({
  path: '(file)',
  item: 'file',
  field,
  message,
});

/**
 * Reads a JSON file the user chose or dropped, checks it in a worker and opens it. While it is
 * read and checked the workspace shows its progress and a Cancel button in place of the old
 * story; a file that fails is described and refused, and the story that was open comes back.
 */
export function useOpenBundleFile(): {
  open: (file: File) => Promise<void>;
  refused: RefusedFile | null;
  dismiss: () => void;
} {
  const { addLocal, setOpening } = useBundleStore();
  const navigate = useNavigate();
  const [refused, setRefused] = useState<RefusedFile | null>(null);

  const open = useCallback(
    async (file: File) => {
      const tooBig = fileSizeIssue(file.size);
      if (tooBig !== null) {
        setRefused({ name: file.name, issues: [tooBig] });
        return;
      }
      setRefused(null);
      const job = validateOffThread({ file }, (progress) =>
        setOpening({ name: file.name, progress, cancel: job.cancel }),
      );
      setOpening({ name: file.name, progress: null, cancel: job.cancel });
      const outcome = await job.outcome;
      setOpening(null);
      if (outcome.kind === 'cancelled') return;
      if (outcome.kind === 'failed') {
        setRefused({
          name: file.name,
          issues: [fileIssue('(read)', `could not be read: ${outcome.message}`)],
        });
        return;
      }
      const { result, text } = outcome;
      if (!result.ok) {
        setRefused({ name: file.name, issues: result.issues });
        return;
      }
      const key = addLocal(result.bundle, text, result.warnings);
      void navigate(`/b/${encodeURIComponent(key)}`);
    },
    [addLocal, setOpening, navigate],
  );

  return { open, refused, dismiss: () => setRefused(null) };
}

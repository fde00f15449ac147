import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { BundleIssue } from '../bundle/bundle-issue';
import { validateBundleText } from '../bundle/validate-bundle';
import { useBundleStore } from './bundle-store';
import { fileSizeIssue } from '../bundle/bundle-file-limit';

export interface RefusedFile {
  name: string;
  issues: BundleIssue[];
}

/**
 * Reads a JSON file the user chose or dropped, validates it and opens it. A file that fails
 * is described and refused; the story already open stays as it was.
 */
export function useOpenBundleFile(): {
  open: (file: File) => Promise<void>;
  refused: RefusedFile | null;
  dismiss: () => void;
} {
  const { addLocal } = useBundleStore();
  const navigate = useNavigate();
  const [refused, setRefused] = useState<RefusedFile | null>(null);

  const open = useCallback(
    async (file: File) => {
      const tooBig = fileSizeIssue(file.size);
      if (tooBig !== null) {
        setRefused({ name: file.name, issues: [tooBig] });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        setRefused({
          name: file.name,
          issues: [
            {
              path: '(file)',
              item: 'file',
              field: '(read)',
              message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
            },
          ],
        });
        return;
      }
      const result = validateBundleText(text);
      if (!result.ok) {
        setRefused({ name: file.name, issues: result.issues });
        return;
      }
      setRefused(null);
      const key = addLocal(result.bundle);
      void navigate(`/b/${encodeURIComponent(key)}`);
    },
    [addLocal, navigate],
  );

  return { open, refused, dismiss: () => setRefused(null) };
}

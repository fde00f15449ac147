import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { BundleIssue } from '../bundle/bundle-issue';
import { validateBundleText } from '../bundle/validate-bundle';
import { useBundleStore } from './bundle-store';

export interface RefusedFile {
  name: string;
  issues: BundleIssue[];
}

const MAX_BYTES = 20 * 1024 * 1024;

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
      if (file.size > MAX_BYTES) {
        setRefused({
          name: file.name,
          issues: [
            {
              path: '(file)',
              item: 'file',
              field: '(size)',
              message: `is ${(file.size / 1048576).toFixed(1)} MB; the limit is 20 MB`,
            },
          ],
        });
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

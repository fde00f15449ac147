import { createLocalBundleStore, type LocalBundleStore } from '../bundle/local-bundle-store';
import type { BundleValidation } from '../bundle/validate-bundle';
import { validateOffThread } from '../bundle/worker/validate-off-thread';

/** Validates saved text in the worker; a worker that failed is reported as one issue, not thrown. */
export async function validateTextOffThread(text: string): Promise<BundleValidation> {
  const outcome = await validateOffThread({ text }).outcome;
  if (outcome.kind === 'done') return outcome.result;
  return {
    ok: false,
    issues: [
      {
        path: '(file)',
        item: 'file',
        field: '(check)',
        message:
          outcome.kind === 'failed'
            ? `could not be checked: ${outcome.message}`
            : 'was not checked',
      },
    ],
  };
}

let instance: LocalBundleStore | null = null;

/** The app's one store of opened and written stories (made on first use, not on import). */
export function localStories(): LocalBundleStore {
  instance ??= createLocalBundleStore({ validate: validateTextOffThread });
  return instance;
}

import type { StorageFailure } from './storage-failure';

/**
 * What the user reads when the browser would not keep a story, and what to do about it. The
 * story is open either way; what is at stake is whether it is still here after a reload.
 */
export function notKeptMessage(title: string, failure: StorageFailure): string {
  switch (failure.kind) {
    case 'quota':
      return `“${title}” is open, but this browser has no room left to keep it: it will be gone when you reload or close this tab. Download the story file to keep it, or free space (remove stories you no longer need from Stories, or clear other sites’ data in the browser’s settings) and open it again.`;
    case 'unavailable':
      return `“${title}” is open, but this browser does not let the app keep stories (private window, or site storage turned off): it will be gone when you reload or close this tab. Download the story file to keep it.`;
    case 'failed':
      return `“${title}” is open, but the browser could not save it (${failure.detail}): it will be gone when you reload or close this tab. Download the story file to keep it.`;
  }
}

/** A saved story that could not be read back; its text is kept as a backup. */
export function setAsideMessage(what: string, reason: string): string {
  return `${what} is damaged and was set aside: ${reason}. Its saved text is kept as a backup you can download.`;
}

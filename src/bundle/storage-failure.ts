/** Why browser storage refused a write or a read, in the few kinds the UI words differently. */
export type StorageFailureKind = 'quota' | 'unavailable' | 'failed';

/** A storage error sorted into a kind, with the browser's own words kept for the details. */
export interface StorageFailure {
  kind: StorageFailureKind;
  detail: string;
}

/**
 * Sorts what IndexedDB threw. Browsers name a full disk differently: `QuotaExceededError`
 * (Chromium, Safari), `NS_ERROR_DOM_QUOTA_REACHED` (older Firefox), legacy code 22; a
 * blocked or missing IndexedDB (private windows, file:// in some browsers, storage disabled)
 * throws `InvalidStateError`, `SecurityError`, `UnknownError` or a plain TypeError.
 */
export function classifyStorageError(error: unknown): StorageFailure {
  const name =
    error !== null && typeof error === 'object' && 'name' in error && typeof error.name === 'string'
      ? error.name
      : '';
  const code =
    error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'number'
      ? error.code
      : -1;
  const message =
    error instanceof Error || (error !== null && typeof error === 'object' && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  const detail = (name ? `${name}: ${message}` : message).slice(0, 200);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22)
    return { kind: 'quota', detail };
  if (
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError' ||
    name === 'NotAllowedError' ||
    name === 'TypeError' ||
    error instanceof TypeError
  )
    return { kind: 'unavailable', detail };
  return { kind: 'failed', detail };
}

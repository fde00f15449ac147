/**
 * Saves a blob under a file name through a transient `<a download>` and a blob URL: nothing
 * leaves the page, which the CSP (blob: allowed, no other origin) and offline use both need, and
 * it works from http(s) and from file:// without a permission prompt.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not now: Chromium reads the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text (JSON, CSV, SVG, HTML…) under a file name with its media type. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

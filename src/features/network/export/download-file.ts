/**
 * Saves text or a blob as a file through an <a download> with a blob URL: nothing leaves the
 * page, which the CSP (blob: allowed, no other origin) and offline use both require.
 */
export function downloadFile(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke on the next turn: the click has started the download by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Reads a file as UTF-8 in chunks, reporting how many bytes are in, so a 15 MB file shows a
 * moving bar. A leading BOM is dropped by the decoder, as `File.text()` and the command line do.
 */
export async function readBlobText(
  blob: Blob,
  onProgress: (done: number, total: number) => void,
): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const reader = blob.stream().getReader();
  const parts: string[] = [];
  let done = 0;
  onProgress(0, blob.size);
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    onProgress(done, blob.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

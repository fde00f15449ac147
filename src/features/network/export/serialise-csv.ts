/** A cell: text, a number or nothing. */
export type CsvValue = string | number | null | undefined;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, line break or edge spaces,
 * with inner quotes doubled. Text that a spreadsheet would run as a formula (=, +, -, @ first)
 * gets a leading apostrophe: an exported quote must never execute in someone's Excel.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as CSV text, CRLF line ends (RFC 4180), ending in a line break. */
export function serialiseCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

import type { BundleIssue } from './bundle-issue';
import { stripByteOrderMark } from './bundle-file-limit';
import { boundMessage, quoteText } from './describe-value';
import { findJsonError } from './find-json-error';

/** Line and column (both from 1) of a string offset, counting \n, \r\n and \r as one break. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** A few characters either side of the offset on its own line, the fault marked with ⟦here⟧. */
function snippet(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const from = Math.max(lineStart, offset - 30);
  const to = Math.min(lineEnd, offset + 20);
  const before = `${from > lineStart ? '…' : ''}${text.slice(from, offset)}`;
  const after = `${text.slice(offset, to)}${to < lineEnd ? '…' : ''}`;
  return quoteText(`${before}⟦here⟧${after}`, 120);
}

/**
 * JSON text to data (a leading BOM dropped); a syntax error becomes an issue the UI and CLI
 * show like any other, with the line, the column and the characters around the fault, since a
 * bare "position 3491" sends the author counting characters.
 */
export function parseJsonFile(
  json: string,
): { ok: true; data: unknown } | { ok: false; issue: BundleIssue } {
  const text = stripByteOrderMark(json);
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonError(text);
    let message: string;
    if (found === null)
      message = `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    else if (found.offset >= text.trimEnd().length) {
      const { line } = lineAndColumn(text, text.length);
      message = `is not valid JSON: the file ends at line ${line} before the data is complete (${found.reason}); a closing } or ] or a closing " is missing, or the file was cut off`;
    } else {
      const { line, column } = lineAndColumn(text, found.offset);
      message = `is not valid JSON at line ${line}, column ${column}: ${found.reason}. There: ${snippet(text, found.offset)}`;
    }
    return {
      ok: false,
      issue: { path: '(file)', item: 'file', field: '(JSON)', message: boundMessage(message) },
    };
  }
}

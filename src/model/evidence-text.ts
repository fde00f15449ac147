import type { Span } from '../bundle/bundle-schema';

/**
 * The words of the passages cited as evidence, in text order, joined with " … " so an export
 * reads as a quotation with the gaps marked. Repeated spans are quoted once.
 */
export function evidenceText(text: string, spans: readonly Span[]): string {
  const seen = new Set<string>();
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s) => {
      const key = `${s.start}-${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((s) => s !== '')
    .join(' … ');
}

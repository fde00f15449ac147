import type { BundleIndex, BundleIndexEntry } from './bundle-index-schema';
import { stripByteOrderMark } from './bundle-file-limit';

/** A bundle's file: one optional folder level (bundles/fixtures/…), never "..", a .json name. */
export const INDEX_FILE_PATTERN = /^(?:[A-Za-z0-9_-]+\/)?[A-Za-z0-9_.-]+\.json$/;

const TEXT_FIELDS = ['id', 'title', 'publisher', 'published'] as const;

function isFilledText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function readEntry(value: unknown): BundleIndexEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  if (!TEXT_FIELDS.every((key) => isFilledText(fields[key]))) return null;
  const file = fields.file;
  if (typeof file !== 'string' || !INDEX_FILE_PATTERN.test(file)) return null;
  // Only the known fields, as the schema's parse keeps them.
  return {
    id: fields.id as string,
    file,
    title: fields.title as string,
    publisher: fields.publisher as string,
    published: fields.published as string,
  };
}

/**
 * The story list as the schema would read it, or null when anything is off. It never accepts
 * what `bundleIndexSchema` refuses, so a sound list opens without loading zod on the page (the
 * first paint waits on this file); anything else goes to the full check for its messages.
 */
export function readPlainIndex(text: string): BundleIndex | null {
  let data: unknown;
  try {
    data = JSON.parse(stripByteOrderMark(text));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const list = (data as Record<string, unknown>).bundles;
  if (!Array.isArray(list) || list.length === 0) return null;
  const bundles: BundleIndexEntry[] = [];
  for (const item of list) {
    const entry = readEntry(item);
    if (!entry) return null;
    bundles.push(entry);
  }
  return { bundles };
}

import { z } from 'zod';
import type { Draft } from './draft';

const span = z.object({ start: z.number(), end: z.number() });
const fact = z.looseObject({ id: z.string(), evidence: z.array(span) });

/**
 * The shape a stored draft must have for the page to work on it. Loose on purpose: a draft in
 * progress may hold what the bundle validator refuses (an empty name, a relation without its
 * target yet); only what would break the page is checked.
 */
const storedDraft = z.looseObject({
  version: z.literal(1),
  basedOn: z.string().nullable(),
  id: z.string(),
  meta: z.looseObject({
    title: z.string(),
    publisher: z.string(),
    byline: z.string(),
    published: z.string(),
    url: z.string(),
    language: z.string(),
  }),
  text: z.string(),
  blockKinds: z.array(z.string()),
  entities: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
    }),
  ),
  rejected: z.array(z.string()),
  relations: z.array(fact),
  events: z.array(fact),
  journeys: z.array(z.looseObject({ id: z.string(), traveler: z.string(), legs: z.array(fact) })),
});

/** What was found in the browser's storage under a draft's key. */
export type StoredDraft =
  { kind: 'none' } | { kind: 'draft'; draft: Draft } | { kind: 'damaged'; reason: string };

/**
 * Reads what IndexedDB gave back for a draft. Nothing stored is "none"; a record that is not a
 * draft this page can work on (cut short by a crash, written by another version, edited by hand)
 * is "damaged" with the first thing wrong in words, so the page can set it aside rather than
 * overwrite it.
 */
export function readStoredDraft(value: unknown): StoredDraft {
  if (value === undefined || value === null) return { kind: 'none' };
  const result = storedDraft.safeParse(value);
  // The record itself, once its shape is checked (the schema is looser than Draft on purpose).
  if (result.success) return { kind: 'draft', draft: value as Draft };
  const issue = result.error.issues[0];
  const where =
    issue === undefined || issue.path.length === 0 ? 'the record' : issue.path.join('.');
  if (typeof value !== 'object')
    return { kind: 'damaged', reason: `it is a ${typeof value}, not a draft` };
  if ((value as { version?: unknown }).version !== 1)
    return {
      kind: 'damaged',
      reason: `it is not a draft of this version (version ${JSON.stringify((value as { version?: unknown }).version) ?? 'missing'})`,
    };
  return { kind: 'damaged', reason: `${where}: ${issue?.message ?? 'not readable'}` };
}

import type { z } from 'zod';
import type { BundleIssue } from './bundle-issue';
import { boundMessage, quoteId, quoteText } from './describe-value';
import { explainShapeIssue } from './explain-shape-issue';

type PathPart = PropertyKey;

/** "mentions", 3, "end" -> "mentions[3].end" */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else
      out += out === '' ? quoteText(String(part), 40, '') : `.${quoteText(String(part), 40, '')}`;
  }
  return out === '' ? '(bundle)' : out;
}

const COLLECTION_NAMES: Record<string, string> = {
  entities: 'entity',
  mentions: 'mention',
  relations: 'relation',
  events: 'event',
  journeys: 'journey',
  legs: 'leg',
  blocks: 'block',
  evidence: 'evidence span',
};

/** Names the innermost list item a path points into, using its id where the raw data has one. */
export function describeItem(root: unknown, parts: readonly PathPart[]): string {
  let node: unknown = root;
  let label = 'bundle';
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (node === null || typeof node !== 'object') break;
    const next: unknown = (node as Record<PropertyKey, unknown>)[part as string];
    if (typeof part === 'number') {
      const collection = parts[i - 1];
      const noun =
        typeof collection === 'string' ? (COLLECTION_NAMES[collection] ?? collection) : 'item';
      const id =
        next !== null && typeof next === 'object' && 'id' in next && typeof next.id === 'string'
          ? ` ${quoteId(next.id)}`
          : '';
      if (noun !== 'evidence span') label = `${noun} ${part + 1}${id}`;
    } else if (part === 'article' && i === 0) {
      label = 'article';
    }
    node = next;
  }
  return label;
}

export function zodIssuesToBundleIssues(root: unknown, error: z.ZodError): BundleIssue[] {
  return error.issues.map((issue) => {
    const parts = issue.path;
    const last = [...parts].reverse().find((p) => typeof p === 'string');
    return {
      path: formatPath(parts),
      item: describeItem(root, parts),
      field: last === undefined ? '(whole bundle)' : quoteText(String(last), 40, ''),
      message: boundMessage(explainShapeIssue(root, issue)),
    };
  });
}

import type { Bundle } from '../../../bundle/bundle-schema';
import { formatIssue } from '../../../bundle/bundle-issue';
import type { Deck } from '../deck/deck-schema';
import { recoverDeck } from '../deck/validate-deck';
import { hashText } from '../../../lib/hash-text';

/**
 * One key per story, versioned: a later deck format gets a new key instead of being misread.
 * The route id is used (not the bundle id) so a story opened from a file ("local:…") keeps its
 * deck apart from a shipped story of the same id.
 */
export function deckStorageKey(routeId: string): string {
  return `article-atlas:deck:${routeId}@1`;
}

/** Where unreadable saved text is kept; named by its hash, so backups never overwrite each other. */
export function deckBackupKey(routeId: string, raw: string): string {
  return `article-atlas:deck-backup:${routeId}@1:${hashText(raw)}`;
}

export type StoredDeck =
  | { kind: 'none' }
  | { kind: 'ok'; deck: Deck }
  /** Some slides were set aside; the deck holds the rest. */
  | { kind: 'recovered'; deck: Deck; problems: string[] }
  /** Nothing could be used. */
  | { kind: 'unreadable'; problems: string[] };

/**
 * Reads a saved deck. Every read validates again against the story: storage can be edited,
 * truncated, or written by an older version. Whatever can be kept is kept, and each loss is
 * said in words.
 */
export function parseStoredDeck(raw: string | null, bundle: Bundle): StoredDeck {
  if (raw === null || raw === '') return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      kind: 'unreadable',
      problems: [`The saved briefing could not be read: it is not valid JSON (${why}).`],
    };
  }
  const recovery = recoverDeck(data, bundle);
  if (recovery.deck === null)
    return {
      kind: 'unreadable',
      problems: recovery.deckIssues.map(
        (i) => `The saved briefing could not be read: ${formatIssue(i)}.`,
      ),
    };
  if (recovery.setAside.length === 0) return { kind: 'ok', deck: recovery.deck };
  const problems = recovery.setAside.map(({ label, issues }) => {
    const reasons = issues
      .slice(0, 2)
      .map((i) => `${i.field} ${i.message}`)
      .join('; ');
    const more = issues.length > 2 ? ` (and ${issues.length - 2} more)` : '';
    return `${label[0]?.toUpperCase()}${label.slice(1)} was set aside: ${reasons}${more}.`;
  });
  return { kind: 'recovered', deck: recovery.deck, problems };
}

/** Compact for storage; exports are pretty-printed by the caller. */
export function serialiseDeck(deck: Deck, pretty = false): string {
  return pretty ? `${JSON.stringify(deck, null, 2)}\n` : JSON.stringify(deck);
}

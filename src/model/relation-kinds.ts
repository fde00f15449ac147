/**
 * How a relation kind reads and is drawn: legend words, arrowheads, weight. The one table of
 * relation words; it sits below the features so the reader, the network and the exports say
 * the same thing.
 */
export interface RelationKindStyle {
  /** Legend words, a verb phrase: "met", "represents at the talks". */
  label: string;
  /** Arrowheads only where the direction says something: "met" is mutual, "reported on" is not. */
  directed: boolean;
  /** Meetings are the story's events, so they are drawn heaviest; affiliations lightest. */
  weight: 'heavy' | 'normal' | 'light';
  /** A dispute ends in a bar (⊣) instead of an arrow, so it reads as opposition without colour. */
  opposed: boolean;
}

// Looked up with Object.hasOwn: a kind named "constructor" or "toString" is bundle text, not a
// key of Object.prototype.
const KNOWN: Record<string, RelationKindStyle> = {
  meets: { label: 'met', directed: false, weight: 'heavy', opposed: false },
  'aligned-with': { label: 'aligned with', directed: false, weight: 'normal', opposed: false },
  represents: {
    label: 'represents at the talks',
    directed: true,
    weight: 'normal',
    opposed: false,
  },
  'official-of': { label: 'serves', directed: true, weight: 'light', opposed: false },
  'member-of': { label: 'takes part in', directed: true, weight: 'light', opposed: false },
  disputes: { label: 'disputes', directed: true, weight: 'normal', opposed: true },
  visits: { label: 'visited', directed: true, weight: 'normal', opposed: false },
  'plans-visit': { label: 'plans to visit', directed: true, weight: 'normal', opposed: false },
  reports: { label: 'reported on', directed: true, weight: 'light', opposed: false },
  quotes: { label: 'quoted', directed: true, weight: 'light', opposed: false },
  // Drawn by the network between an event's participants otherwise unconnected (never in a bundle).
  'shares-event': { label: 'at the same event', directed: false, weight: 'light', opposed: false },
};

/** Legend order: the argument's relations first, the sourcing last. */
const ORDER = Object.keys(KNOWN);

/**
 * A kind this app does not know, as words: "trades-with" → "trades with", "shares_border" →
 * "shares border", "toString" → "to string". Never the empty string.
 */
export function kindAsWords(kind: string): string {
  const words = kind
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === '' ? kind : words;
}

/** The style of a kind; a kind this app does not know still draws, as a directed plain line. */
export function relationKindStyle(kind: string): RelationKindStyle {
  const known = Object.hasOwn(KNOWN, kind) ? KNOWN[kind] : undefined;
  return known ?? { label: kindAsWords(kind), directed: true, weight: 'normal', opposed: false };
}

/**
 * The words for a relation kind everywhere a person reads it (inspector, cards, tables, exports,
 * the legend): "meets" → "met", "official-of" → "serves", an unknown kind as its words.
 */
export function relationKindLabel(kind: string): string {
  return relationKindStyle(kind).label;
}

/** Sorts kinds into legend order: known kinds as listed above, then the rest alphabetically. */
export function sortRelationKinds(kinds: Iterable<string>): string[] {
  const rank = (k: string) => {
    const i = ORDER.indexOf(k);
    return i === -1 ? ORDER.length : i;
  };
  return [...new Set(kinds)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

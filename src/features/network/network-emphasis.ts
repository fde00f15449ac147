import type { SelectionFocus } from '../../model/selection-focus';

/** How the selection touches a mark. Every renderer reads these flags; none recomputes them. */
export interface MarkEmphasis {
  /** The selection names it or concerns it (data-selected="true"). */
  selected: boolean;
  /** The selection names it (data-subject="true": the ring, the halo). */
  subject: boolean;
  /** Something is selected (or hovered) and this has no part in it. */
  dimmed: boolean;
}

/**
 * The selection and the hovered passage as sets of ids: the only thing a click changes. Marks
 * read their flags from it one by one, so a renderer can redraw just the marks whose flags moved.
 */
export interface NetworkEmphasis {
  /** Something is selected or hovered, so the context recedes. */
  active: boolean;
  /** What the selection names and concerns (data-selected). */
  concerned: ReadonlySet<string>;
  /** What the selection names (data-subject). */
  subject: ReadonlySet<string>;
  /** What stays clear while the rest dims; null when nothing dims. */
  lit: { entities: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
}

const NONE: ReadonlySet<string> = new Set();

/** Nothing selected, nothing hovered. */
export const NO_EMPHASIS: NetworkEmphasis = {
  active: false,
  concerned: NONE,
  subject: NONE,
  lit: null,
};

/**
 * The emphasis for a selection (its focus, when something is selected) and a hovered passage's
 * focus. A passage hovered in the text wins while it is hovered; otherwise the selection decides
 * what stays lit. data-selected always follows the selection.
 */
export function networkEmphasis(
  selection: SelectionFocus | null,
  hover: SelectionFocus | null,
): NetworkEmphasis {
  const lit = hover ?? selection;
  return {
    active: lit !== null,
    concerned: selection
      ? new Set([
          ...selection.selected,
          ...selection.entities,
          ...selection.relations,
          // Lines drawn from legs and events (derived-ties.ts) go with them.
          ...selection.legs,
          ...selection.events,
        ])
      : NONE,
    subject: selection ? selection.selected : NONE,
    lit: lit
      ? {
          entities: lit.entities,
          relations: new Set([...lit.relations, ...lit.legs, ...lit.events]),
        }
      : null,
  };
}

/** A node's flags. */
export function nodeEmphasis(emphasis: NetworkEmphasis, id: string): MarkEmphasis {
  return {
    selected: emphasis.concerned.has(id),
    subject: emphasis.subject.has(id),
    dimmed: emphasis.lit !== null && !emphasis.lit.entities.has(id),
  };
}

/** An edge's flags. */
export function edgeEmphasis(emphasis: NetworkEmphasis, id: string): MarkEmphasis {
  return {
    selected: emphasis.concerned.has(id),
    subject: emphasis.subject.has(id),
    dimmed: emphasis.lit !== null && !emphasis.lit.relations.has(id),
  };
}

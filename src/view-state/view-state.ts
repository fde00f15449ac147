/** Kinds of item a selection can name; each maps to a bundle collection (passage: a text range). */
export const SELECTION_KINDS = ['entity', 'relation', 'event', 'leg', 'block', 'passage'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export type Selection =
  | { kind: 'entity' | 'relation' | 'event' | 'leg' | 'block'; id: string }
  | { kind: 'passage'; start: number; end: number };

/** Views that sit beside the article. The article itself is always there. */
export const VIEW_NAMES = ['network', 'map', 'timeline'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** Panes a narrow screen shows one at a time. */
export const PANE_NAMES = ['article', ...VIEW_NAMES, 'inspector'] as const;
export type PaneName = (typeof PANE_NAMES)[number];

/** Everything about what the user looks at that a link must carry. */
export interface ViewState {
  bundleId: string;
  views: ViewName[];
  /** The pane shown on a phone; wide screens show all. */
  pane: PaneName;
  selection: Selection | null;
  /** "As of" date, YYYY-MM-DD; null shows everything. */
  asOf: string | null;
  /** Entity kinds hidden by the network filter. */
  hiddenKinds: string[];
  /** Relation kinds hidden by the network filter. */
  hiddenRelations: string[];
  /** Briefing slide, 1-based; only on the briefing route. */
  slide: number | null;
}

/** Something in the URL that could not be honoured, said in words for the UI. */
export interface UrlProblem {
  param: string;
  value: string;
  message: string;
}

export const DEFAULT_VIEWS: readonly ViewName[] = ['network'];

/** Views beside the article at once: a wide screen has room for all three. */
export const MAX_VIEWS = 3;

/**
 * Where a ViewState comes from, declared by each route (nothing guesses it from the path): the URL
 * of the workspace or of a presented slide, or a fixed value (a slide picture, a handout page, an
 * export, an authoring preview).
 */
export type ViewMode = 'workspace' | 'briefing' | 'fixed';

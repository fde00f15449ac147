import type { Bundle } from '../../bundle/bundle-schema';
import type { BundleIndex } from '../../bundle/bundle-index-schema';
import type { BundleIssue } from '../../bundle/bundle-issue';
import type { LoadResult } from '../../bundle/load-bundle';
import { EMBEDDED_ID } from '../../features/briefing/standalone-file';

/** A story carried inside the page itself: the standalone briefing file opened from a disk. */
export type EmbeddedStory =
  | {
      ok: true;
      bundle: Bundle;
      /** The deck as found; the deck store validates it like any saved deck. */
      deck: unknown;
      /** This page as it was before the app ran, to export the briefing again from file://. */
      template: string;
    }
  | { ok: false; issues: BundleIssue[] };

/** Whether this page carries a story (a standalone briefing file); read-embedded-story.ts reads it. */
export function carriesEmbeddedStory(doc: Document): boolean {
  return doc.getElementById(EMBEDDED_ID) !== null;
}

/**
 * A standalone briefing opened by double-click has no route yet: it should present, not show
 * the workspace. Called at boot, before the hash router reads the location.
 */
export function openEmbeddedOnFirstSlide(embedded: EmbeddedStory | null, win: Window): void {
  if (embedded?.ok && /^#?\/?$/.test(win.location.hash))
    win.history.replaceState(null, '', `#/b/${encodeURIComponent(embedded.bundle.id)}/briefing/1`);
}

/**
 * The story list of a standalone file: its one story, so nothing is fetched (file:// pages
 * cannot fetch). A damaged embedded story is reported as an unreadable list.
 */
export function embeddedIndex(embedded: EmbeddedStory | null): LoadResult<BundleIndex> | null {
  if (embedded === null) return null;
  if (!embedded.ok)
    return {
      ok: false,
      error: { kind: 'invalid', file: 'the story inside this file', issues: embedded.issues },
    };
  const { id, article } = embedded.bundle;
  return {
    ok: true,
    value: {
      bundles: [
        {
          id,
          file: `${id}.json`,
          title: article.title,
          publisher: article.publisher,
          published: article.published,
        },
      ],
    },
  };
}

/** The embedded story as a ready bundle-store entry, keyed by its id; none when served normally. */
export function embeddedBundles(
  embedded: EmbeddedStory | null,
): [string, { status: 'ready'; bundle: Bundle }][] {
  return embedded?.ok ? [[embedded.bundle.id, { status: 'ready', bundle: embedded.bundle }]] : [];
}

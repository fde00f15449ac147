import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import type { BundleIssue } from '../../../bundle/bundle-issue';
import { validateBundle } from '../../../bundle/validate-bundle';
import { downloadText } from '../../../lib/download-file';
import { safeFileName } from '../../../lib/safe-file-name';
import { emptyDraft, type Draft } from '../draft/draft';
import { bundleToDraft } from '../draft/bundle-to-draft';
import { draftToBundle } from '../draft/draft-to-bundle';
import { makeId } from '../draft/make-id';
import { remapSpan } from '../draft/remap-span';
import { draftSentences } from '../draft/sentences';
import { alignBlockKinds } from '../draft/split-blocks';
import countryData from '../places/data/countries.json';
import type { CountryRow } from '../places/gazetteer-types';
import { DetailsSection } from './details-section';
import { FactsSection } from './facts-section';
import { issuesFor, type ItemIssues } from './issue-notes';
import { NamesSection } from './names-section';
import { BlocksSection, TextSection } from './text-section';
import { useDraft } from './use-draft';
import { useSuggestions } from './use-suggestions';
import { usePlaceData } from './use-place-data';
import './authoring.css';

const countries = countryData as CountryRow[];

/** What the app does with a finished story: keep it and say where it lives, or why not. */
export type SaveStory = (
  bundle: Bundle,
) => Promise<{ ok: boolean; routeId: string | null; message: string; issues?: BundleIssue[] }>;

/** Props of the New story page; the app supplies storage, navigation and the map preview. */
export interface NewStoryPageProps {
  /** A saved story to correct (with its route id), or null for a new one. */
  source: { bundle: Bundle; routeId: string } | null;
  onSave: SaveStory;
  /** Opens a saved story in the workspace. */
  onOpen: (routeId: string) => void;
  /** The real Map view over a bundle, drawn by the app (features do not import each other). */
  renderMap: (bundle: Bundle) => ReactNode;
}

/** Moves every evidence span of the draft from the old text to the new. */
function moveEvidence(d: Draft, before: string, after: string): Draft {
  const move = <T extends { evidence: { start: number; end: number }[] }>(x: T): T => ({
    ...x,
    evidence: x.evidence.flatMap((s) => {
      const m = remapSpan(before, after, s);
      return m === null ? [] : [m];
    }),
  });
  return {
    ...d,
    relations: d.relations.map(move),
    events: d.events.map(move),
    journeys: d.journeys.map((j) => ({ ...j, legs: j.legs.map(move) })),
  };
}

/** A bundle the map can draw while the story is unfinished: its places and journeys only. */
function previewBundle(bundle: Bundle): Bundle | null {
  const preview: Bundle = {
    ...bundle,
    id: bundle.id || 'draft',
    article: {
      ...bundle.article,
      title: bundle.article.title || 'Untitled',
      publisher: bundle.article.publisher || '—',
      byline: bundle.article.byline || '—',
      published: /^\d{4}-\d{2}-\d{2}/.test(bundle.article.published)
        ? bundle.article.published
        : '2000-01-01',
      language: bundle.article.language || 'en',
    },
    relations: [],
    events: [],
  };
  let result = validateBundle(preview);
  if (!result.ok) result = validateBundle({ ...preview, journeys: [] });
  return result.ok ? result.bundle : null;
}

/** New story: turns an article into a bundle, checked as it is written, kept as it is typed. */
export function NewStoryPage(props: NewStoryPageProps) {
  const { source, onSave, onOpen, renderMap } = props;
  const initial = useCallback(
    () => (source === null ? emptyDraft() : bundleToDraft(source.bundle, source.routeId)),
    [source],
  );
  const {
    draft,
    change,
    undo,
    redo,
    canUndo,
    canRedo,
    saveState,
    resumed,
    discard,
    damaged,
    dismissDamaged,
  } = useDraft(source === null ? 'new' : `edit:${source.routeId}`, initial);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [saveNote, setSaveNote] = useState<{ text: string; issues: BundleIssue[] } | null>(null);
  const { gazetteer, outlines } = usePlaceData();

  useEffect(() => {
    document.title = `${source === null ? 'New story' : 'Correct story'} · Article Atlas`;
  }, [source]);

  // The textarea's selection is what "mark as a name" and "use as evidence" take.
  useEffect(() => {
    const area = textRef.current;
    if (area === null) return;
    const read = () =>
      setSelection(
        area.selectionEnd > area.selectionStart
          ? { start: area.selectionStart, end: area.selectionEnd }
          : null,
      );
    area.addEventListener('select', read);
    area.addEventListener('keyup', read);
    area.addEventListener('mouseup', read);
    return () => {
      area.removeEventListener('select', read);
      area.removeEventListener('keyup', read);
      area.removeEventListener('mouseup', read);
    };
  }, []);

  const setText = useCallback(
    (text: string, kind: string, meta?: Partial<Draft['meta']>) =>
      change(kind, (d) => {
        const moved = moveEvidence(d, d.text, text);
        const next = {
          ...moved,
          text,
          blockKinds: alignBlockKinds(text, d.blockKinds),
          meta: { ...d.meta, ...meta },
        };
        // The story id follows the title until the user sets one.
        if (d.id === '' || d.id === makeId(d.meta.title, new Set(), 'story'))
          next.id = makeId(next.meta.title || 'story', new Set(), 'story');
        return next;
      }),
    [change],
  );

  const bundle = useMemo(() => draftToBundle(draft), [draft]);
  const validation = useMemo(() => validateBundle(bundle), [bundle]);
  const issues: ItemIssues = validation.ok
    ? { problems: [], warnings: validation.warnings }
    : { problems: validation.issues, warnings: [] };
  const sentences = useMemo(() => draftSentences(draft.text), [draft.text]);
  const suggested = useSuggestions({
    text: draft.text,
    blocks: bundle.article.blocks,
    published: draft.meta.published,
  });
  const suggestions = suggested.result.names;
  const dates = suggested.result.dates;
  const preview = useMemo(() => previewBundle(bundle), [bundle]);

  // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z outside text fields (inside them the browser's own undo works).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target;
      if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement) return;
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const save = async () => {
    if (!validation.ok) {
      setSaveNote({
        text: `Not saved yet: ${validation.issues.length} problem${validation.issues.length === 1 ? '' : 's'} to fix first.`,
        issues: validation.issues,
      });
      return;
    }
    setSaveNote({ text: 'Saving…', issues: [] });
    const result = await onSave(validation.bundle);
    setSaveNote({ text: result.message, issues: result.issues ?? [] });
    if (result.routeId !== null) onOpen(result.routeId);
  };

  const problemCount = validation.ok ? 0 : validation.issues.length;
  const warningCount = validation.ok ? validation.warnings.length : 0;
  const general = issuesFor(issues, 'mentions');

  return (
    <section className="authoring" aria-label="New story">
      <header className="authoring-head">
        <h1>{source === null ? 'New story' : `Correct “${source.bundle.article.title}”`}</h1>
        <p className="muted">
          Paste or open an article, accept the names, add what happened, then save. Everything is
          checked as you go and kept in this browser as you type.
        </p>
        <div className="authoring-toolbar">
          <button type="button" className="button" onClick={undo} disabled={!canUndo}>
            Undo
          </button>
          <button type="button" className="button" onClick={redo} disabled={!canRedo}>
            Redo
          </button>
          <span role="status" className="authoring-status" data-save-state={saveState}>
            {saveState === 'loading' && 'Opening the draft…'}
            {saveState === 'saving' && 'Saving the draft…'}
            {saveState === 'saved' &&
              (resumed ? 'Draft kept in this browser (resumed)' : 'Draft kept in this browser')}
            {saveState === 'failed' &&
              'This browser would not keep the draft: export it to be safe'}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (
                window.confirm(
                  source === null
                    ? 'Throw this draft away and start again?'
                    : 'Drop your changes and start again from the saved story?',
                )
              )
                discard();
            }}
          >
            {source === null ? 'Discard draft' : 'Start again'}
          </button>
        </div>
      </header>
      {damaged !== null && (
        <div role="alert" className="authoring-notice-alert">
          <p>
            The draft kept in this browser could not be read ({damaged.reason}), so the page started{' '}
            {source === null ? 'a new draft' : 'again from the saved story'}.{' '}
            {damaged.backupKey === null
              ? 'It could not be set aside either: download it now to keep it.'
              : 'Nothing was deleted: it was set aside in this browser, and you can download it to recover its text.'}
          </p>
          <div className="authoring-toolbar">
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(
                  `${safeFileName(`damaged-draft-${source === null ? 'new' : source.routeId}`)}.json`,
                  typeof damaged.raw === 'string'
                    ? damaged.raw
                    : `${JSON.stringify(damaged.raw, null, 2)}\n`,
                  'application/json',
                )
              }
            >
              Download the damaged draft
            </button>
            <button type="button" className="button" onClick={dismissDamaged}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      <TextSection draft={draft} setText={setText} issues={issues} textRef={textRef} />
      <BlocksSection draft={draft} change={change} />
      <DetailsSection draft={draft} change={change} issues={issues} />
      <NamesSection
        draft={draft}
        change={change}
        suggestions={suggestions}
        mentions={bundle.mentions}
        countries={countries}
        gazetteer={gazetteer}
        outlines={outlines}
        issues={issues}
        selection={selection}
        finding={suggested.pending}
      />
      <section className="authoring-step" aria-labelledby="step-map">
        <h2 id="step-map">Places on the map</h2>
        {preview === null ? (
          <p className="muted">
            The map appears once the places can be drawn (fix the problems listed with them).
          </p>
        ) : (
          <div className="authoring-map">{renderMap(preview)}</div>
        )}
      </section>
      <FactsSection
        draft={draft}
        bundle={bundle}
        change={change}
        dates={dates}
        sentences={sentences}
        selection={selection}
        issues={issues}
      />
      <section className="authoring-step authoring-finish" aria-labelledby="step-save">
        <h2 id="step-save">5. Save</h2>
        <p role="status">
          {problemCount === 0
            ? 'No problems.'
            : `${problemCount} problem${problemCount === 1 ? '' : 's'} to fix before saving.`}{' '}
          {warningCount > 0 && `${warningCount} thing${warningCount === 1 ? '' : 's'} to check.`}
        </p>
        {general.problems.length > 0 && (
          <ul className="authoring-issues">
            {general.problems.map((p, i) => (
              <li key={i} className="authoring-problem">
                {p.item}: {p.message}
              </li>
            ))}
          </ul>
        )}
        <div className="authoring-toolbar">
          <button type="button" className="button button-primary" onClick={() => void save()}>
            Save story
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadText(
                `${safeFileName(draft.id || 'story')}.json`,
                `${JSON.stringify(bundle, null, 2)}\n`,
                'application/json',
              )
            }
          >
            Export bundle JSON
          </button>
        </div>
        {saveNote !== null && (
          <div role="alert">
            <p>{saveNote.text}</p>
            {saveNote.issues.length > 0 && (
              <ul className="authoring-issues">
                {saveNote.issues.slice(0, 20).map((p, i) => (
                  <li key={i} className="authoring-problem">
                    {p.item} › {p.field}: {p.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
      <p className="muted authoring-credit">
        Places: GeoNames (CC BY 4.0). Country names: world-countries (ODbL). Outlines: Natural
        Earth.
      </p>
    </section>
  );
}

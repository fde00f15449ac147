import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import type { SearchHit } from '../../../model/search-index';
import { searchOffThread, type AsyncSearch } from '../search/search-off-thread';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { KindBadge } from '../../../ui/kind-badge';
import { useViewState } from '../../../view-state/use-view-state';
import { indexBundle } from '../../../model/bundle-index';
import { useRevealInText } from './use-reveal-in-text';
import '../reader.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function hitLabel(hit: SearchHit): string {
  return hit.type === 'entity'
    ? `${hit.name}, ${ENTITY_KIND_LABEL[hit.kind]}`
    : `Passage: ${hit.text}`;
}

/**
 * Find (button and Ctrl/Cmd+K): names by any spelling, passages by their words.
 * A combobox over a listbox; choosing a result selects it like a click in the text.
 */
export function FindDialog({ bundle }: ViewProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { update } = useViewState();
  const reveal = useRevealInText();
  // The index is built on first use, in a worker (search-off-thread.ts): a 20k-entity story's
  // index would hold the page for seconds, and ranking its names for each key is heavy too.
  const [search, setSearch] = useState<{ bundle: ViewProps['bundle']; search: AsyncSearch } | null>(
    null,
  );
  const ready = search !== null && search.bundle === bundle ? search.search : null;
  // Which index has finished building (or failed to): until then Find says it is indexing.
  const [built, setBuilt] = useState<{ of: AsyncSearch; ok: boolean } | null>(null);
  const indexState =
    ready === null || built?.of !== ready ? 'indexing' : built.ok ? 'ready' : 'failed';
  // The hits shown, with the query and index they answer: hits only ever show for the query in
  // the box (a reply for an earlier query is dropped, never shown as this one's).
  const [found, setFound] = useState<{
    from: AsyncSearch | null;
    query: string;
    hits: SearchHit[];
  }>({ from: null, query: '', hits: [] });
  const current = ready !== null && found.from === ready && found.query === query;
  const hits = current && query.trim() !== '' ? found.hits : [];
  // Enter pressed before the hits of the query in the box came: the query it was pressed for.
  const enterFor = useRef<string | null>(null);

  useEffect(() => {
    if (ready === null) return;
    let live = true;
    void ready.indexed.then(
      () => live && setBuilt({ of: ready, ok: true }),
      () => live && setBuilt({ of: ready, ok: false }),
    );
    return () => {
      live = false;
    };
  }, [ready]);

  useEffect(() => {
    if (ready === null || query.trim() === '') return;
    let live = true;
    void ready.search(query).then(
      (h) => {
        if (live && h !== null) setFound({ from: ready, query, hits: h });
      },
      // A failed index is reported by `indexed`; the status says so.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready, query]);

  // A new story gets a new index; the old one's worker is stopped.
  useEffect(() => () => search?.search.close(), [search]);

  const loadIndex = useCallback(() => {
    if (ready) return;
    setSearch({ bundle, search: searchOffThread(bundle) });
  }, [ready, bundle]);
  const listId = useId();

  const open = () => {
    loadIndex();
    enterFor.current = null;
    setQuery('');
    setActive(0);
    dialogRef.current?.showModal();
    inputRef.current?.focus();
  };

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (!dialogRef.current?.open) {
          loadIndex();
          enterFor.current = null;
          setQuery('');
          setActive(0);
          dialogRef.current?.showModal();
          inputRef.current?.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [loadIndex]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    dialogRef.current?.close();
    update({
      selection:
        hit.type === 'entity'
          ? { kind: 'entity', id: hit.id }
          : { kind: 'passage', start: hit.span.start, end: hit.span.end },
    });
    // Focus goes to what was found (its first mention in the text), not back to the Find
    // button, so the next Tab or Enter acts on it. After the frame: the dialog hands focus back
    // to its opener as it closes, and the selection has to reach the text first.
    const at =
      hit.type === 'entity'
        ? indexBundle(bundle).mentionsByEntity.get(hit.id)?.[0]?.start
        : hit.span.start;
    if (at !== undefined) window.requestAnimationFrame(() => reveal(at));
  };

  // Enter typed before the hits of the last keys came: the first of those, once they come (and
  // only if the box still holds that query).
  useEffect(() => {
    if (!current || enterFor.current !== query) return;
    enterFor.current = null;
    choose(found.hits[0]);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') {
      if (current) choose(hits[active]);
      else if (query.trim() !== '') enterFor.current = query;
    } else return;
    e.preventDefault();
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={open}
        // A pointer on Find or focus on it is intent: the index starts building before the click.
        onPointerEnter={loadIndex}
        onFocus={loadIndex}
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
      >
        Find <kbd>{isMac ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      <dialog ref={dialogRef} className="find-dialog" aria-label="Find in the story">
        <div className="find-head">
          <label htmlFor={`${listId}-input`}>Find a name or words</label>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
        <input
          id={`${listId}-input`}
          ref={inputRef}
          className="find-input"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={`${listId}-list`}
          aria-autocomplete="list"
          aria-activedescendant={hits[active] ? `${listId}-opt-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          value={query}
          placeholder="e.g. choe son hui, kong, tass, sanctions"
          onChange={(e) => {
            enterFor.current = null;
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p className="find-status" role="status">
          {indexState === 'failed'
            ? 'Find could not index this story.'
            : indexState === 'indexing'
              ? 'Indexing…'
              : query.trim() === ''
                ? 'Type to search.'
                : current
                  ? `${hits.length} result${hits.length === 1 ? '' : 's'}`
                  : 'Searching…'}
        </p>
        <ul id={`${listId}-list`} role="listbox" aria-label="Results" className="find-results">
          {hits.map((hit, i) => (
            <li
              key={hit.type === 'entity' ? hit.id : `${hit.span.start}`}
              id={`${listId}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              aria-label={hitLabel(hit)}
              className="find-result"
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit)}
              onKeyDown={() => undefined}
            >
              {hit.type === 'entity' ? (
                <>
                  <KindBadge kind={hit.kind} /> <strong>{hit.name}</strong>{' '}
                  <span className="muted">{ENTITY_KIND_LABEL[hit.kind]}</span>
                </>
              ) : (
                <span className="find-passage">“{hit.text}”</span>
              )}
            </li>
          ))}
        </ul>
      </dialog>
    </>
  );
}

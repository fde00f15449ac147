import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { ViewProps } from '../../../ui/view-props';
import type { SearchHit, SearchIndex } from '../../../model/search-index';
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
  // The index (and minisearch) load on first use, keeping them out of the first page load.
  const [index, setIndex] = useState<{ bundle: ViewProps['bundle']; index: SearchIndex } | null>(
    null,
  );
  const ready = index !== null && index.bundle === bundle ? index.index : null;
  const hits = useMemo(() => (ready ? ready.search(query) : []), [ready, query]);

  const loadIndex = useCallback(() => {
    if (ready) return;
    void import('../../../model/search-index').then((m) =>
      setIndex({ bundle, index: m.buildSearchIndex(bundle) }),
    );
  }, [ready, bundle]);
  const listId = useId();

  const open = () => {
    loadIndex();
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

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') choose(hits[active]);
    else return;
    e.preventDefault();
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={open}
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
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p className="find-status" aria-live="polite">
          {query.trim() === ''
            ? 'Type to search.'
            : `${hits.length} result${hits.length === 1 ? '' : 's'}`}
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

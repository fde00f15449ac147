import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { createStore, get, set, del } from 'idb-keyval';
import { emptyDraft, type Draft } from '../draft/draft';
import { readStoredDraft } from '../draft/read-stored-draft';

/** The draft's own IndexedDB database: one record per story being written or corrected. */
const draftStore = () => createStore('article-atlas-drafts', 'drafts');
const HISTORY = 100;

interface History {
  past: Draft[];
  present: Draft;
  future: Draft[];
  /** The kind of the last change: consecutive typing in one field is one undo step. */
  lastKind: string | null;
}

type Action =
  | { type: 'change'; kind: string; update: (d: Draft) => Draft }
  | { type: 'replace'; draft: Draft }
  | { type: 'undo' }
  | { type: 'redo' };

function reduce(h: History, a: Action): History {
  switch (a.type) {
    case 'change': {
      const next = a.update(h.present);
      if (next === h.present) return h;
      const merge = a.kind.startsWith('type:') && a.kind === h.lastKind;
      return {
        past: merge ? h.past : [...h.past, h.present].slice(-HISTORY),
        present: next,
        future: [],
        lastKind: a.kind,
      };
    }
    case 'replace':
      return { past: [], present: a.draft, future: [], lastKind: null };
    case 'undo': {
      const previous = h.past[h.past.length - 1];
      if (previous === undefined) return h;
      return {
        past: h.past.slice(0, -1),
        present: previous,
        future: [h.present, ...h.future],
        lastKind: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = h.future;
      if (next === undefined) return h;
      return { past: [...h.past, h.present], present: next, future: rest, lastKind: null };
    }
  }
}

/** Whether the draft on screen is in the browser's storage yet. */
export type SaveState = 'loading' | 'saved' | 'saving' | 'failed';

/** A stored draft the page could not read, set aside under its own key instead of overwritten. */
export interface DamagedDraft {
  /** What was wrong with it, in words. */
  reason: string;
  /** Where the copy is kept in the drafts database, or null when even that write failed. */
  backupKey: string | null;
  /** The record as it was read, to download. */
  raw: unknown;
}

/**
 * The draft, its undo history and its copy in IndexedDB. Every change is written (a quarter of a
 * second after typing stops, at once when the page is hidden), so a reload or a crash loses at
 * most the last keystrokes; opening the page again resumes the draft. `key` names the record:
 * "new" for a new story, "edit:<route id>" for a story being corrected.
 */
export function useDraft(key: string, initial: () => Draft) {
  const [history, dispatch] = useReducer(reduce, undefined, () => ({
    past: [],
    present: emptyDraft(),
    future: [],
    lastKind: null,
  }));
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const [resumed, setResumed] = useState(false);
  const [damaged, setDamaged] = useState<DamagedDraft | null>(null);
  const store = useRef(draftStore());
  const loaded = useRef(false);
  const initialRef = useRef(initial);

  useEffect(() => {
    let live = true;
    loaded.current = false;
    setSaveState('loading');
    get<unknown>(key, store.current)
      .then(async (stored) => {
        if (!live) return;
        const read = readStoredDraft(stored);
        if (read.kind === 'damaged') {
          // Set the record aside before the fresh draft's first write replaces it.
          const backupKey = `damaged:${key}:${new Date().toISOString()}`;
          const kept = await set(backupKey, stored, store.current).then(
            () => true,
            () => false,
          );
          if (!live) return;
          setDamaged({ reason: read.reason, backupKey: kept ? backupKey : null, raw: stored });
        }
        dispatch({
          type: 'replace',
          draft: read.kind === 'draft' ? read.draft : initialRef.current(),
        });
        setResumed(read.kind === 'draft');
        loaded.current = true;
        setSaveState('saved');
      })
      .catch(() => {
        if (!live) return;
        dispatch({ type: 'replace', draft: initialRef.current() });
        loaded.current = true;
        setSaveState('failed');
      });
    return () => {
      live = false;
    };
  }, [key]);

  const present = history.present;
  const write = useCallback(
    (draft: Draft) => {
      setSaveState('saving');
      set(key, draft, store.current).then(
        () => setSaveState('saved'),
        () => setSaveState('failed'),
      );
    },
    [key],
  );
  useEffect(() => {
    if (!loaded.current) return;
    // Say "saving" from the change on, so nobody reads "kept" while the write is still to come.
    setSaveState('saving');
    const timer = window.setTimeout(() => write(present), 250);
    const flush = () => write(present);
    window.addEventListener('pagehide', flush);
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [present, write]);

  const change = useCallback(
    (kind: string, update: (d: Draft) => Draft) => dispatch({ type: 'change', kind, update }),
    [],
  );
  const discard = useCallback(() => {
    void del(key, store.current);
    dispatch({ type: 'replace', draft: initialRef.current() });
    setResumed(false);
  }, [key]);

  return {
    draft: present,
    change,
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    saveState,
    resumed,
    damaged,
    dismissDamaged: () => setDamaged(null),
    discard,
    pending: saveState !== 'saved',
  };
}

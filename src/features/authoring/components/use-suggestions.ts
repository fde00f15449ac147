import { useEffect, useRef, useState } from 'react';
import { startSuggestWorker } from '../suggest/start-suggest-worker';
import type { SuggestReply, SuggestRequest, SuggestResult } from '../suggest/suggest-protocol';

/** How long typing must pause before the text is sent to be read again. */
export const SUGGEST_DEBOUNCE_MS = 250;

/** Suggestions as the page sees them: the newest finished result, and whether a run is under way. */
export interface SuggestionsState {
  result: SuggestResult;
  /** True from an edit until the result for the newest text is in. */
  pending: boolean;
  /** Why the worker failed, if it did. */
  error: string | null;
}

const EMPTY: SuggestResult = { names: [], dates: [] };

/**
 * Names and dates suggested off the page's thread: the worker starts with the page (its own
 * chunk, only here), each edit is sent once typing pauses, and only the answer to the newest
 * request is kept; the worker drops stale runs itself. The last result stays shown while a newer
 * one is computed.
 */
export function useSuggestions(request: Omit<SuggestRequest, 'id'>): SuggestionsState {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  // The text the page shows now and the text of the newest request sent: an answer counts only
  // when both match, so an answer for the text before an edit is never taken as current in the
  // moment between the edit and the effect that numbers the next request.
  const shownText = useRef('');
  const sentText = useRef<string | null>(null);
  const [state, setState] = useState<SuggestionsState>({
    result: EMPTY,
    pending: true,
    error: null,
  });

  useEffect(() => {
    const w = startSuggestWorker();
    worker.current = w;
    w.onmessage = (event: MessageEvent<SuggestReply>) => {
      const reply = event.data;
      if (reply.id !== latest.current || sentText.current !== shownText.current) return;
      if (reply.type === 'done') setState({ result: reply.result, pending: false, error: null });
      else if (reply.type === 'failed')
        setState((s) => ({ ...s, pending: false, error: reply.message }));
    };
    w.onerror = (event) => {
      setState((s) => ({ ...s, pending: false, error: event.message || 'the worker failed' }));
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const { text, blocks, published } = request;
  // The blocks object is new after every draft change; only a change in them is a new request.
  const blocksKey = blocks.map((b) => `${b.start}:${b.end}:${b.kind}`).join(',');
  const blocksRef = useRef(blocks);
  blocksRef.current = blocks;
  shownText.current = text;
  useEffect(() => {
    const id = latest.current + 1;
    latest.current = id;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    // The first text (a draft just opened) goes at once; edits wait for a pause in typing.
    const delay = id === 1 ? 0 : SUGGEST_DEBOUNCE_MS;
    const timer = window.setTimeout(() => {
      const message: SuggestRequest = { id, text, blocks: blocksRef.current, published };
      sentText.current = text;
      worker.current?.postMessage(message);
    }, delay);
    return () => window.clearTimeout(timer);
  }, [text, blocksKey, published]);

  return state;
}

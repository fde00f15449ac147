import { useEffect, useRef, useState } from 'react';

/** What the audience window and the presenter view tell each other. */
export type DeckMessage =
  /** The audience window's slide and blank screen, after every change and on request. */
  | { type: 'state'; number: number; blank: boolean }
  /** The presenter view asks the audience window to go to a slide. */
  | { type: 'go'; number: number }
  /** The presenter view asks the audience window to blank or show the screen. */
  | { type: 'blank'; blank: boolean }
  /** A presenter view opened: the audience window answers with its state. */
  | { type: 'hello' };

function isDeckMessage(data: unknown): data is DeckMessage {
  if (data === null || typeof data !== 'object' || !('type' in data)) return false;
  const m = data as Record<string, unknown>;
  const isNumber = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1;
  switch (m.type) {
    case 'state':
      return isNumber(m.number) && typeof m.blank === 'boolean';
    case 'go':
      return isNumber(m.number);
    case 'blank':
      return typeof m.blank === 'boolean';
    case 'hello':
      return true;
    default:
      return false;
  }
}

/** The channel of one story's briefing: every window presenting it on this browser. */
export function deckChannelName(routeId: string): string {
  return `article-atlas:briefing:${routeId}`;
}

/**
 * Keeps the audience window and the presenter view in step through a BroadcastChannel (same
 * browser, same origin, no server). Returns a function that posts a message; messages that are
 * not this shape are ignored. Where BroadcastChannel is missing, posting does nothing.
 */
export function useDeckChannel(
  routeId: string,
  onMessage: (message: DeckMessage, reply: (message: DeckMessage) => void) => void,
): (message: DeckMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  }, [onMessage]);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const c = new BroadcastChannel(deckChannelName(routeId));
    c.onmessage = (event: MessageEvent<unknown>) => {
      if (isDeckMessage(event.data)) handler.current(event.data, (m) => c.postMessage(m));
    };
    channel.current = c;
    return () => {
      c.close();
      channel.current = null;
    };
  }, [routeId]);
  const [post] = useState(() => (message: DeckMessage) => channel.current?.postMessage(message));
  return post;
}

import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Span } from '../bundle/bundle-schema';

/**
 * Hover is transient and never in the URL, but it crosses views: a passage hovered in the text
 * lights what is drawn from it in the network and on the map. The setter has a context of its
 * own, so the text that reports hover does not redraw each time the hovered passage changes.
 */
const HoverPassageContext = createContext<Span | null>(null);
const SetHoverPassageContext = createContext<(span: Span | null) => void>(() => undefined);

export function HoverProvider(props: { children: ReactNode }) {
  const [passage, setPassage] = useState<Span | null>(null);
  return (
    <SetHoverPassageContext.Provider value={setPassage}>
      <HoverPassageContext.Provider value={passage}>{props.children}</HoverPassageContext.Provider>
    </SetHoverPassageContext.Provider>
  );
}

/** The passage under the pointer, or null. */
export function useHoverPassage(): Span | null {
  return useContext(HoverPassageContext);
}

/** Reports the passage under the pointer (stable across renders). */
export function useSetHoverPassage(): (span: Span | null) => void {
  return useContext(SetHoverPassageContext);
}

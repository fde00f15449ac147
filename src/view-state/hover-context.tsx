import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Span } from '../bundle/bundle-schema';

/**
 * Hover is transient and never in the URL, but it crosses views: a passage hovered in the text
 * lights what is drawn from it in the network and on the map.
 */
interface HoverValue {
  passage: Span | null;
  setPassage: (span: Span | null) => void;
}

const HoverContext = createContext<HoverValue>({ passage: null, setPassage: () => undefined });

export function HoverProvider(props: { children: ReactNode }) {
  const [passage, setPassage] = useState<Span | null>(null);
  const value = useMemo(() => ({ passage, setPassage }), [passage]);
  return <HoverContext.Provider value={value}>{props.children}</HoverContext.Provider>;
}

export function useHover(): HoverValue {
  return useContext(HoverContext);
}

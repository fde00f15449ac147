import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { prepareIndexSlice } from '../model/bundle-index';
import type { Bundle } from '../bundle/bundle-schema';
import {
  focusForPassage,
  selectionFocus,
  type FocusResult,
  type SelectionFocus,
} from '../model/selection-focus';
import { useHoverPassage } from './hover-context';
import { useViewState } from './use-view-state';

const SelectionFocusContext = createContext<FocusResult | null>(null);
const HoverFocusContext = createContext<SelectionFocus | null>(null);

/**
 * Works out once, for every view inside it, what the selection concerns (and what a hovered
 * passage concerns), instead of each view recomputing it. Two contexts, so a view that only
 * follows the selection does not redraw while the pointer crosses sentences.
 */
export function FocusProvider(props: { bundle: Bundle; children: ReactNode }) {
  const { bundle } = props;
  const { selection } = useViewState().state;
  const passage = useHoverPassage();
  const focus = useMemo(() => selectionFocus(bundle, selection), [bundle, selection]);
  // The bundle's index (what a selection and the reader's passages look up) is built ahead of
  // need, in slices of a few ms from the first render on: a large story's index in one go was
  // a long task as it opened.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (!prepareIndexSlice(bundle, 8, () => performance.now())) timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [bundle]);
  const hover = useMemo(
    () => (passage === null ? null : focusForPassage(bundle, passage)),
    [bundle, passage],
  );
  return (
    <SelectionFocusContext.Provider value={focus}>
      <HoverFocusContext.Provider value={hover}>{props.children}</HoverFocusContext.Provider>
    </SelectionFocusContext.Provider>
  );
}

/** What the current selection concerns; an unknown id in the link is `ok: false` with a message. */
export function useSelectionFocus(): FocusResult {
  const focus = useContext(SelectionFocusContext);
  if (focus === null) throw new Error('useSelectionFocus() needs a FocusProvider.');
  return focus;
}

/** What the passage under the pointer concerns, or null when no passage is hovered. */
export function useHoverFocus(): SelectionFocus | null {
  return useContext(HoverFocusContext);
}

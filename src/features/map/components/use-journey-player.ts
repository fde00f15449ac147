import { useEffect, useEffectEvent, useState } from 'react';
import type { Selection } from '../../../view-state/view-state';

/** A journey being played: its legs in order and the one on screen. */
export interface PlayState {
  traveler: string;
  legs: string[];
  step: number;
  /** Bumped on every play so the drawing animation restarts even on the same leg. */
  run: number;
  reducedMotion: boolean;
}

export interface JourneyPlayer {
  /** Null when nothing plays, or when the user has since selected something else. */
  playing: PlayState | null;
  play: (traveler: string, legs: string[]) => void;
  stop: () => void;
}

/** Time on each leg: the draw takes about a second, then a moment to read where it arrived. */
export const STEP_MS = 1400;

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Steps through a traveller's legs, selecting each in turn through the URL (so the reader marks
 * its passage). The first step pushes history, later ones replace it: Back leaves the tour in
 * one press. With reduced motion each leg appears at once; the pace of the steps is the same.
 */
export function useJourneyPlayer(
  selection: Selection | null,
  select: (legId: string, replace: boolean) => void,
): JourneyPlayer {
  const [state, setState] = useState<PlayState | null>(null);

  // Derived, not stored: any other selection (a click in the text, Back) stops the tour. The
  // previous step's leg also counts: the router applies the URL a moment after the step's state,
  // and the tour must not flicker off in between.
  const onTour =
    state !== null &&
    selection?.kind === 'leg' &&
    (selection.id === state.legs[state.step] ||
      (state.step > 0 && selection.id === state.legs[state.step - 1]));
  const playing = onTour ? state : null;

  const advance = useEffectEvent((s: PlayState) => {
    const next = s.step + 1;
    const id = s.legs[next];
    if (id === undefined) {
      setState(null);
      return;
    }
    setState({ ...s, step: next });
    select(id, true);
  });

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => advance(playing), STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing]);

  const play = (traveler: string, legs: string[]) => {
    const first = legs[0];
    if (first === undefined) return;
    setState((s) => ({
      traveler,
      legs,
      step: 0,
      run: (s?.run ?? 0) + 1,
      reducedMotion: prefersReducedMotion(),
    }));
    select(first, false);
  };
  const stop = () => setState(null);

  return { playing, play, stop };
}

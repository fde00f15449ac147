import { useCallback, useEffect, useState } from 'react';
import { nextPlayStep, playStart } from '../items/play-steps';

/** About a second a step: long enough to see what changed, short enough to watch a whole story. */
export const PLAY_STEP_MS = 1000;

/**
 * "Play through time": walks the "as of" day through the steps, one per PLAY_STEP_MS, and stops
 * at the last. `go` writes the URL (the first step pushes history, the rest replace it). With
 * reduced motion it still steps; the views just change without transitions.
 */
export function usePlayThrough(
  steps: readonly string[],
  asOf: string | null,
  go: (day: string, options: { replace: boolean }) => void,
): { playing: boolean; play: () => void; pause: () => void } {
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    // Re-armed on every change of the day, so a step made elsewhere (the slider) is honoured.
    const timer = window.setTimeout(() => {
      const next = asOf === null ? null : nextPlayStep(steps, asOf);
      if (next !== null) go(next, { replace: true });
      if (next === null || next === steps.at(-1)) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, asOf, steps, go]);

  const play = useCallback(() => {
    const start = playStart(steps, asOf);
    if (start === null) return;
    go(start, { replace: false });
    setPlaying(start !== steps.at(-1));
  }, [steps, asOf, go]);

  const pause = useCallback(() => setPlaying(false), []);

  return { playing, play, pause };
}

import { useEffect, useRef, useState } from 'react';
import { transitionProgress } from './mark-moves';

/**
 * Runs a transition each time `run` changes to a new object, frame by frame
 * (requestAnimationFrame and performance.now, so a test's fake clock drives it), and returns its
 * eased progress: 0 at the start, 1 when done or idle. `onEnd` is called once when it lands.
 */
export function useTween(run: object | null, duration: number, onEnd: () => void): number {
  const [state, setState] = useState<{ run: object | null; t: number }>({ run: null, t: 1 });
  const end = useRef(onEnd);
  useEffect(() => {
    end.current = onEnd;
  }, [onEnd]);

  useEffect(() => {
    if (run === null) return;
    const start = performance.now();
    let frame = 0;
    const step = () => {
      const elapsed = performance.now() - start;
      if (elapsed >= duration) {
        setState({ run, t: 1 });
        end.current();
        return;
      }
      setState({ run, t: transitionProgress(elapsed, duration) });
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [run, duration]);
  if (run === null) return 1;
  return state.run === run ? state.t : 0;
}

import { useEffect, useReducer } from 'react';

/**
 * Runs costly work a piece per task before a view draws: `work` is the next piece still to do
 * (each a pure computation whose result is kept elsewhere, e.g. a memo), or null when nothing
 * is left. The piece runs in a task of its own (a message: no timer delay, and the page handles
 * input and paints between pieces), then the component renders again and names the next.
 * Returns true while work remains. A render that names a new piece before the last ran drops
 * the last: each piece is the current state's.
 */
export function useStepwiseWork(work: (() => void) | null): boolean {
  const [, rendered] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (work === null) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      work();
      rendered();
    };
    channel.port2.postMessage(null);
    return () => {
      channel.port1.onmessage = null;
      channel.port1.close();
    };
  }, [work]);
  return work !== null;
}

import { useEffect, useState } from 'react';

/** A presenter's stopwatch: elapsed milliseconds, with pause and reset. Ticks once a second. */
export function useTimer(): {
  elapsed: number;
  running: boolean;
  toggle: () => void;
  reset: () => void;
} {
  // Elapsed time banked before the current run, and when the current run started (null: paused).
  const [banked, setBanked] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  const elapsed = banked + (since === null ? 0 : Math.max(0, now - since));
  return {
    elapsed,
    running: since !== null,
    toggle: () => {
      const t = Date.now();
      if (since === null) {
        setSince(t);
        setNow(t);
      } else {
        setBanked((b) => b + Math.max(0, t - since));
        setSince(null);
      }
    },
    reset: () => {
      const t = Date.now();
      setBanked(0);
      setNow(t);
      setSince((s) => (s === null ? null : t));
    },
  };
}

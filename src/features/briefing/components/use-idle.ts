import { useEffect, useState } from 'react';

/**
 * True once the pointer has not moved for `ms` while `active`; any move shows things again. The
 * presenter hides its control bar this way in full screen.
 */
export function useIdle(active: boolean, ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!active) {
      setIdle(false);
      return;
    }
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('mousemove', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('mousemove', wake);
    };
  }, [active, ms]);
  return active && idle;
}

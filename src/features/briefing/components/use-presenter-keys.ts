import { useEffect, useRef } from 'react';
import { presenterAction, type PresenterAction } from '../presenter/presenter-keys';
import { keyTargetOf } from './key-target';

/**
 * The clicker's keys, for the whole window, before anything on the page sees them (capture):
 * wherever the last click went — a picture, a button, the page — Arrow keys, PageUp/PageDown,
 * Space, Home/End, B and F reach the presenter. Only a text field keeps its keys.
 */
export function usePresenterKeys(onAction: (action: PresenterAction) => void): void {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  }, [onAction]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presenterAction({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: keyTargetOf(event.target),
      });
      if (action === null) return;
      // Also stops Space from pressing the button the last click left focused.
      event.preventDefault();
      event.stopPropagation();
      handler.current(action);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampSplit, SPLIT_MAX, SPLIT_MIN } from './split-ratio';

/** A draggable, keyboard-operable divider between the article and the views. */
export function SplitDivider(props: { ratio: number; onChange: (ratio: number) => void }) {
  const { ratio, onChange } = props;
  const dragging = useRef(false);

  const onPointerDown = useCallback((e: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
  }, []);
  const onPointerMove = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (!dragging.current) return;
      const parent = e.currentTarget.parentElement;
      if (!parent) return;
      const box = parent.getBoundingClientRect();
      onChange(clampSplit((e.clientX - box.left) / box.width));
    },
    [onChange],
  );
  const onPointerUp = useCallback(() => {
    dragging.current = false;
  }, []);
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const step = e.shiftKey ? 0.1 : 0.02;
      if (e.key === 'ArrowLeft') onChange(clampSplit(ratio - step));
      else if (e.key === 'ArrowRight') onChange(clampSplit(ratio + step));
      else if (e.key === 'Home') onChange(SPLIT_MIN);
      else if (e.key === 'End') onChange(SPLIT_MAX);
      else return;
      e.preventDefault();
    },
    [ratio, onChange],
  );

  /* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
  return (
    // A focusable separator is an interactive widget in WAI-ARIA (the window splitter pattern);
    // jsx-a11y counts every separator as static, hence the exception.
    <div
      className="split-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the article column"
      aria-valuemin={Math.round(SPLIT_MIN * 100)}
      aria-valuemax={Math.round(SPLIT_MAX * 100)}
      aria-valuenow={Math.round(ratio * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
  /* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
}

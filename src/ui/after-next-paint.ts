/**
 * Runs `run` once the next frame has been painted: a frame callback, then a task after it
 * (the frame's style, layout and paint run between the two). For work that should not delay
 * the frame answering an input, such as scrolling another view to what a click selected.
 * Returns a cancel function; cancelling after `run` ran does nothing.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    if (!cancelled) timer = setTimeout(run, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

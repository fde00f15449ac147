/** What the window shows while a file is dragged over it. */
export function FileDropOverlay({ dragging }: { dragging: boolean }) {
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      Drop a story bundle (.json) to open it
    </div>
  );
}

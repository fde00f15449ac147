import { memo, useState } from 'react';
import type { ExportFormat } from '../export/export-network';
import { KeyToggle, type KeyOverlayState } from '../../../ui/key-overlay';

/** What the toolbar can ask for. */
export interface ToolbarActions {
  zoomIn: () => void;
  zoomOut: () => void;
  resetView: () => void;
  toggleTable: () => void;
  download: (format: ExportFormat) => void;
}

const DOWNLOADS: [ExportFormat, string][] = [
  ['svg', 'Diagram as SVG'],
  ['png', 'Diagram as PNG'],
  ['graphml', 'Graph as GraphML'],
  ['nodes-csv', 'Nodes as CSV'],
  ['edges-csv', 'Edges as CSV'],
];

interface Props {
  actions: ToolbarActions;
  table: boolean;
  /** Shown in words beside the tools: "27 of 27 entities · 44 of 44 relations". */
  status: string;
  /** The key overlay's toggle (the key and filters float over the drawing). */
  keyToggle: KeyOverlayState;
}

/** Zoom, the table toggle and the downloads: a small bar above the diagram. */
export const NetworkToolbar = memo(function NetworkToolbar({
  actions,
  table,
  status,
  keyToggle,
}: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div className="net-toolbar" data-layout-control="toolbar">
      <div className="net-toolbar-group" role="group" aria-label="Zoom">
        <button
          type="button"
          className="button net-zoom-step"
          aria-label="Zoom in"
          title="Zoom in (+)"
          onClick={actions.zoomIn}
          disabled={table}
        >
          +
        </button>
        <button
          type="button"
          className="button net-zoom-step"
          aria-label="Zoom out"
          title="Zoom out (−)"
          onClick={actions.zoomOut}
          disabled={table}
        >
          −
        </button>
        <button type="button" className="button" onClick={actions.resetView} disabled={table}>
          Reset view
        </button>
      </div>
      <button type="button" className="button" aria-pressed={table} onClick={actions.toggleTable}>
        Show as table
      </button>
      <KeyToggle state={keyToggle} />
      <details className="net-download" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="button">Download</summary>
        <div className="net-download-menu" role="group" aria-label="Download">
          {DOWNLOADS.map(([format, words]) => (
            <button
              key={format}
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                actions.download(format);
              }}
            >
              {words}
            </button>
          ))}
        </div>
      </details>
      <p className="net-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
});

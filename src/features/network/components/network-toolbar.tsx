import { memo } from 'react';
import type { ExportFormat } from '../export/export-network';
import { KeyToggle, type KeyOverlayState } from '../../../ui/key-overlay';
import { DownloadMenu, type DownloadChoice } from '../../../ui/download-menu';

/** What the toolbar can ask for. */
export interface ToolbarActions {
  zoomIn: () => void;
  zoomOut: () => void;
  resetView: () => void;
  toggleTable: () => void;
  download: (format: ExportFormat) => void;
}

const DOWNLOADS: DownloadChoice<ExportFormat>[] = [
  { key: 'svg', words: 'Diagram as SVG' },
  { key: 'png', words: 'Diagram as PNG' },
  { key: 'graphml', words: 'Graph as GraphML' },
  { key: 'nodes-csv', words: 'Nodes as CSV' },
  { key: 'edges-csv', words: 'Edges as CSV' },
];

interface Props {
  actions: ToolbarActions;
  table: boolean;
  /** Shown in words beside the tools: "27 of 27 entities · 44 of 44 relations". */
  status: string;
  /** The key overlay's toggle (the key and filters float over the drawing). */
  keyToggle: KeyOverlayState;
  /** A download is being made: its choices wait until it is saved. */
  preparing: boolean;
}

/** Zoom, the table toggle and the downloads: a small bar above the diagram. */
export const NetworkToolbar = memo(function NetworkToolbar({
  actions,
  table,
  status,
  keyToggle,
  preparing,
}: Props) {
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
      <DownloadMenu
        groupLabel="Download"
        choices={DOWNLOADS}
        onChoose={actions.download}
        disabled={preparing}
      />
      <p className="net-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
});

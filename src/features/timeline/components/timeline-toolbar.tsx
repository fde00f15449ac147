import { formatPartialDate } from '../../../model/format-date';
import type { TimelineExportFormat } from '../export/export-timeline';
import { DownloadMenu, type DownloadChoice } from '../../../ui/download-menu';

const DOWNLOADS: DownloadChoice<TimelineExportFormat>[] = [
  { key: 'svg', words: 'Timeline as SVG' },
  { key: 'png', words: 'Timeline as PNG' },
];

/**
 * Play / Pause, "Show all", the table toggle, and what the "as of" day leaves known. Controls
 * come first, on the left, where an inspector sliding over the view never covers them. The status
 * line is polite live text, so a screen reader hears each step of Play and each scrub.
 */
export function TimelineToolbar(props: {
  asOf: string | null;
  counts: { known: number; unsure: number; later: number };
  playing: boolean;
  canPlay: boolean;
  asTable: boolean;
  onPlay: () => void;
  onPause: () => void;
  onShowAll: () => void;
  onToggleTable: () => void;
  /** The picture as shown, in the theme on screen; absent while there is nothing to draw. */
  onDownload: ((format: TimelineExportFormat) => void) | null;
}) {
  const { asOf, counts, playing, onDownload } = props;
  return (
    <div className="tl-toolbar">
      <button
        type="button"
        className="button tl-play"
        disabled={!props.canPlay}
        onClick={playing ? props.onPause : props.onPlay}
      >
        <span aria-hidden="true" className="tl-play-icon">
          {playing ? '❚❚' : '▶'}
        </span>
        {playing ? 'Pause' : 'Play through time'}
      </button>
      <button type="button" className="button" disabled={asOf === null} onClick={props.onShowAll}>
        Show all
      </button>
      <button
        type="button"
        className="button tl-table-toggle"
        aria-pressed={props.asTable}
        onClick={props.onToggleTable}
      >
        Show as table
      </button>
      {onDownload && (
        <DownloadMenu groupLabel="Download" choices={DOWNLOADS} onChoose={onDownload} />
      )}
      <p className="tl-status" aria-live="polite">
        {asOf === null ? (
          'Every date shown'
        ) : (
          <>
            As of <strong className="tl-num">{formatPartialDate(asOf)}</strong>: {counts.known}{' '}
            known
            {counts.unsure > 0 ? ` · ${counts.unsure} unsure` : ''}
            {counts.later > 0 ? ` · ${counts.later} later (greyed)` : ''}
          </>
        )}
      </p>
    </div>
  );
}

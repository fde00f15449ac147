import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import { resolvedTheme } from '../../../ui/resolved-theme';
import { useElementSize } from '../../../ui/use-element-size';
import { useViewState } from '../../../view-state/use-view-state';
import { useHoverFocus, useSelectionFocus } from '../../../view-state/focus-context';
import { exportTimeline, type TimelineExportFormat } from '../export/export-timeline';
import { timelineItems } from '../items/timeline-items';
import { buildTimelineScene } from '../scene/build-timeline-scene';
import type { DayWindow } from '../scale/dense-window';
import type { TimelineClusterMark } from '../scene/timeline-scene';
import { timelineCssVariables } from '../timeline-palette';
import { EventsTable, VIRTUAL_MIN_ROWS } from './events-table';
import { TimelineChart } from './timeline-chart';
import { TimelineToolbar } from './timeline-toolbar';
import { usePlayThrough } from './use-play-through';
import { usePrinting } from './use-printing';
import '../timeline.css';

/** The palette as custom properties, built once from the table (light-dark pairs). */
const PALETTE_STYLE = timelineCssVariables();

/**
 * The story's events in time: a focus+context axis that gives the busy days most of the width,
 * an "as of" scrubber and Play kept in the URL, and a table of the same events. Everything drawn
 * comes from one pure scene (`buildTimelineScene`) built for the pane's size, the same scene a
 * slide or a download draws. Selection and the "as of" day come from the view state.
 */
export function TimelineView({ bundle }: ViewProps) {
  const { state, update } = useViewState();
  const focus = useSelectionFocus();
  const hover = useHoverFocus();
  const [asTable, setAsTable] = useState(false);
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null);
  const [tableBox, setTableBox] = useState<HTMLDivElement | null>(null);
  const printing = usePrinting();
  const [legend, setLegend] = useState<HTMLDivElement | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const box = useElementSize(scrollBox);
  const legendSize = useElementSize(legend);
  const { asOf, selection } = state;
  // A count mark opened: the days it stands for, for this story only (a zoom is a way of
  // looking, like the network's, not part of the link).
  const [zoomed, setZoomed] = useState<{ bundleId: string; window: DayWindow } | null>(null);
  const zoom = zoomed?.bundleId === bundle.id ? zoomed.window : null;
  const focusAfterZoom = useRef<string | null>(null);

  const scene = useMemo(
    () =>
      buildTimelineScene(
        bundle,
        state,
        { width: box.width, height: Math.max(0, box.height - legendSize.height) },
        { ...(focus.ok ? { focus: focus.focus } : {}), hover, zoom },
      ),
    [bundle, state, box.width, box.height, legendSize.height, focus, hover, zoom],
  );
  const onOpenCluster = useCallback(
    (mark: TimelineClusterMark) => {
      focusAfterZoom.current = mark.members[0] ?? null;
      setZoomed({ bundleId: bundle.id, window: { start: mark.first, end: mark.last + 1 } });
    },
    [bundle.id],
  );
  // Keyboard users land on the first of the events they opened (alone, or in a finer count).
  useEffect(() => {
    const first = focusAfterZoom.current;
    if (first === null || !scrollBox) return;
    focusAfterZoom.current = null;
    const holder = scene.clusters.find((c) => c.members.includes(first));
    const at = CSS.escape(holder ? holder.id : first);
    scrollBox.querySelector<SVGGElement>(`[data-event="${at}"], [data-cluster="${at}"]`)?.focus();
  }, [scene, scrollBox]);
  const items = useMemo(() => timelineItems(bundle, asOf), [bundle, asOf]);
  const steps = scene.slider?.steps ?? [];
  const subjectId = scene.events.find((e) => e.subject)?.id ?? null;
  const related =
    selection !== null && focus.ok
      ? new Set(scene.events.filter((e) => e.selected).map((e) => e.id))
      : null;

  const onSelect = useCallback(
    (id: string) => update({ selection: { kind: 'event', id } }),
    [update],
  );
  const go = useCallback(
    (day: string, options: { replace: boolean }) => update({ asOf: day }, options),
    [update],
  );
  const { playing, play, pause } = usePlayThrough(steps, asOf, go);
  // A hand on the slider takes over from Play.
  const onScrub = useCallback(
    (day: string) => {
      pause();
      update({ asOf: day }, { replace: true });
    },
    [pause, update],
  );
  const onShowAll = useCallback(() => {
    pause();
    update({ asOf: null }, { replace: true });
  }, [pause, update]);
  const onDownload = (format: TimelineExportFormat) => {
    setExportError(null);
    // The theme on screen, as the app resolved it (its toggle or the system's).
    const theme = resolvedTheme();
    // The pane's width, but only the height the rows need: a picture has no pane to fill.
    const picture = buildTimelineScene(
      bundle,
      state,
      { width: scene.width, height: 0 },
      focus.ok ? { focus: focus.focus } : {},
    );
    exportTimeline(format, { bundleId: bundle.id, scene: picture, theme }).catch((error: unknown) =>
      setExportError(error instanceof Error ? error.message : 'The download failed.'),
    );
  };

  if (items.length === 0)
    return (
      <div className="timeline" style={PALETTE_STYLE}>
        <p className="tl-empty">This story has no dated events to put on a timeline.</p>
      </div>
    );

  return (
    <div className="timeline" style={PALETTE_STYLE} data-playing={playing ? 'true' : undefined}>
      <TimelineToolbar
        asOf={asOf}
        counts={scene.counts}
        playing={playing}
        canPlay={steps.length > 0}
        asTable={asTable}
        onPlay={play}
        onPause={pause}
        onShowAll={onShowAll}
        onToggleTable={() => setAsTable((t) => !t)}
        onDownload={asTable ? null : onDownload}
      />
      {exportError && (
        <p role="alert" className="tl-error">
          {exportError}
        </p>
      )}
      {scene.zoom && !asTable && (
        <p className="tl-zoom" role="status">
          <span>Showing {scene.zoom.label} across the width</span>
          <button type="button" className="button" onClick={() => setZoomed(null)}>
            Show all dates
          </button>
        </p>
      )}
      {asTable ? (
        <div className="tl-table-wrap" ref={setTableBox}>
          <EventsTable
            scrollElement={tableBox}
            bundle={bundle}
            items={items}
            asOf={asOf}
            selectedId={subjectId}
            related={related}
            interactive
            onSelect={onSelect}
          />
        </div>
      ) : (
        <>
          <TimelineChart
            scene={scene}
            scrollBox={scrollBox}
            setScrollBox={setScrollBox}
            setLegend={setLegend}
            paneWidth={box.width}
            onSelect={onSelect}
            onScrub={onScrub}
            onOpenCluster={onOpenCluster}
          />
          {/* Print shows the table under the chart; the screen has the toggle instead. */}
          {/* A long story's print copy is drawn only while printing: thousands of hidden rows
              would slow every render. */}
          <div className="tl-print-only">
            {(items.length <= VIRTUAL_MIN_ROWS || printing) && (
              <EventsTable
                bundle={bundle}
                items={items}
                asOf={asOf}
                selectedId={subjectId}
                related={related}
                interactive={false}
                onSelect={onSelect}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}

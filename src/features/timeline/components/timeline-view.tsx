import { useCallback, useMemo, useState } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { useHoverFocus, useSelectionFocus } from '../../../view-state/focus-context';
import { asOfCounts, timelineItems } from '../items/timeline-items';
import { playSteps } from '../items/play-steps';
import { EventsTable } from './events-table';
import { TimelineChart } from './timeline-chart';
import { TimelineToolbar } from './timeline-toolbar';
import { usePlayThrough } from './use-play-through';
import '../timeline.css';

const NO_EVENTS: ReadonlySet<string> = new Set();

/**
 * The story's events in time: a focus+context axis that gives the busy days most of the width,
 * an "as of" scrubber and Play kept in the URL, and a table of the same events. Selection and the
 * "as of" day come from the URL, so every view agrees on them.
 */
export function TimelineView({ bundle }: ViewProps) {
  const { state, update } = useViewState();
  const hoverFocus = useHoverFocus();
  const [asTable, setAsTable] = useState(false);
  const { asOf, selection } = state;

  const items = useMemo(() => timelineItems(bundle, asOf), [bundle, asOf]);
  // The layout keys off the dates alone; statuses change with "as of" without moving anything.
  const datedItems = useMemo(() => timelineItems(bundle, null), [bundle]);
  const steps = useMemo(() => playSteps(datedItems), [datedItems]);

  const focus = useSelectionFocus();
  // An event the selection names directly (the URL can name one only by its kind:id).
  const selectedId = focus.ok
    ? (datedItems.find((i) => focus.focus.selected.has(i.id))?.id ?? null)
    : null;
  const related = selection !== null && focus.ok ? focus.focus.events : null;
  const lit = hoverFocus === null ? NO_EVENTS : hoverFocus.events;

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

  if (items.length === 0)
    return (
      <div className="timeline">
        <p className="tl-empty">This story has no dated events to put on a timeline.</p>
      </div>
    );

  return (
    <div className="timeline" data-playing={playing ? 'true' : undefined}>
      <TimelineToolbar
        asOf={asOf}
        counts={asOfCounts(items)}
        playing={playing}
        canPlay={steps.length > 0}
        asTable={asTable}
        onPlay={play}
        onPause={pause}
        onShowAll={onShowAll}
        onToggleTable={() => setAsTable((t) => !t)}
      />
      {asTable ? (
        <div className="tl-table-wrap">
          <EventsTable
            bundle={bundle}
            items={items}
            asOf={asOf}
            selectedId={selectedId}
            related={related}
            interactive
            onSelect={onSelect}
          />
        </div>
      ) : (
        <>
          <TimelineChart
            bundle={bundle}
            items={items}
            dated={datedItems}
            asOf={asOf}
            steps={steps}
            selectedId={selectedId}
            related={related}
            lit={lit}
            onSelect={onSelect}
            onScrub={onScrub}
          />
          {/* Print shows the table under the chart; the screen has the toggle instead. */}
          <div className="tl-print-only">
            <EventsTable
              bundle={bundle}
              items={items}
              asOf={asOf}
              selectedId={selectedId}
              related={related}
              interactive={false}
              onSelect={onSelect}
            />
          </div>
        </>
      )}
    </div>
  );
}

import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { dayNumber } from '../../../model/day-number';
import { formatPublished } from '../../../model/format-date';
import type { TimelineItem } from '../items/timeline-items';
import { layoutEventsToFit } from '../layout/layout-events';
import {
  LABEL_FONT,
  MIN_CANVAS,
  PAD_X,
  ROW_MIN,
  RULE_TOP,
  rowHeightFor,
} from '../layout/timeline-metrics';
import { axisTicks, segmentCaptions } from '../scale/axis-ticks';
import { formatDay, formatDayRange } from '../scale/format-day-range';
import { postedMoment } from '../scale/posted-moment';
import { scrubStops, sliderX } from '../scale/scrub-stops';
import { buildTimeScale } from '../scale/time-scale';
import { AsOfSlider } from './as-of-slider';
import { canvasMeasureText } from './canvas-measure-text';
import { ChartBackdrop } from './chart-backdrop';
import { EventMark } from './event-mark';
import { AXIS_H, TimelineAxis } from './timeline-axis';
import { TimelineLegend } from './timeline-legend';
import { useElementSize } from '../../../ui/use-element-size';

/** The slider sits on the axis baseline; its thumb hangs this far below the ruler. */
const THUMB_DROP = 10;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface TimelineChartProps {
  bundle: Bundle;
  items: readonly TimelineItem[];
  /** The same events placed with no "as of" day: the geometry is built from these alone. */
  dated: readonly TimelineItem[];
  asOf: string | null;
  steps: readonly string[];
  selectedId: string | null;
  /** Events the current selection concerns; null when nothing is selected. */
  related: ReadonlySet<string> | null;
  /** Events drawn from the passage hovered in the text. */
  lit: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onScrub: (day: string) => void;
}

/**
 * The drawn timeline: a fisheye date axis with the "as of" slider on it, and the events stacked
 * in rows under it. Scrolls sideways on a phone, down when the rows outgrow a strip.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { bundle, items, dated, asOf, steps, selectedId, related, lit, onSelect, onScrub } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(scrollRef);
  const legend = useElementSize(legendRef);
  const hatchId = `tl-hatch-${useId().replace(/:/g, '')}`;
  const measure = useMemo(() => canvasMeasureText(), []);

  const canvasWidth = Math.max(size.width, MIN_CANVAS);
  const plotWidth = canvasWidth - 2 * PAD_X;
  const postedDay = dayNumber(bundle.article.published.slice(0, 10));
  const headHeight = AXIS_H + THUMB_DROP;
  // The key sits at the foot of the scroll box: below the rows in a tall pane, reached by
  // scrolling in a short strip, which keeps its height for the events.
  const available = size.height - headHeight - legend.height;
  const availableRows = Math.floor((available - RULE_TOP - 8) / ROW_MIN);

  // Geometry depends on the dates and the width only, never on "as of": scrubbing moves no row.
  const geometry = useMemo(() => {
    const scale = buildTimeScale(dated, [postedDay], { width: plotWidth });
    const laid = layoutEventsToFit(
      // Room for the bolder weight of a selected label, so selecting never cuts it short.
      dated.map((i) => ({ ...i, labelWidth: Math.ceil(measure(i.label, LABEL_FONT) * 1.07) + 2 })),
      scale,
      { width: plotWidth, availableRows },
    );
    const must = [...dated.flatMap((i) => [i.first, i.last]), postedDay];
    return {
      scale,
      ticks: axisTicks(scale, measure),
      captions: segmentCaptions(scale, measure),
      stops: scrubStops(scale, must),
      layout: new Map(laid.events.map((e) => [e.id, e])),
      rowCount: laid.rowCount,
    };
  }, [dated, postedDay, plotWidth, availableRows, measure]);
  const { scale, ticks, captions, stops, layout, rowCount } = geometry;

  const rowHeight = rowHeightFor(available, rowCount);
  const bodyHeight = Math.max(RULE_TOP + rowCount * rowHeight + 8, available);
  const asOfDay = asOf === null ? null : dayNumber(asOf);

  const onNavigate = useCallback(
    (id: string, key: string) => {
      const index = items.findIndex((i) => i.id === id);
      const target =
        key === 'Home'
          ? 0
          : key === 'End'
            ? items.length - 1
            : Math.min(items.length - 1, Math.max(0, index + (key === 'ArrowLeft' ? -1 : 1)));
      const next = items[target];
      if (!next) return;
      marksRef.current
        ?.querySelector<HTMLElement>(`[data-event="${CSS.escape(next.id)}"]`)
        ?.focus();
    },
    [items],
  );

  // A selection made elsewhere (the text, the network) is brought into view here.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || selectedId === null) return;
    const mark = box.querySelector<HTMLElement>(`[data-event="${CSS.escape(selectedId)}"]`);
    if (!mark) return;
    const r = mark.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    const inView =
      r.left >= view.left &&
      r.right <= view.right &&
      r.top >= view.top + headHeight &&
      r.bottom <= view.bottom;
    if (!inView)
      mark.scrollIntoView({
        block: 'nearest',
        inline: 'nearest',
        behavior: reducedMotion() ? 'auto' : 'smooth',
      });
  }, [selectedId, headHeight]);

  // While playing or scrubbing on a narrow screen, keep the "as of" rule in sight.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || asOfDay === null || box.scrollWidth <= box.clientWidth) return;
    const x = PAD_X + sliderX(scale, asOfDay);
    if (x < box.scrollLeft + 24 || x > box.scrollLeft + box.clientWidth - 24)
      box.scrollTo({
        left: x - box.clientWidth / 2,
        behavior: reducedMotion() ? 'auto' : 'smooth',
      });
  }, [asOfDay, scale]);

  const compressed = scale.segments.filter((s) => s.kind === 'context');
  const focusSegment = scale.segments.find((s) => s.kind === 'focus');
  const rangeOf = (s: { start: number; end: number }) => formatDayRange(s.start, s.end - 1);
  const description = focusSegment
    ? `Time runs left to right. ${rangeOf(focusSegment)} is drawn wide; ${compressed
        .map(rangeOf)
        .join(' and ')} ${compressed.length > 1 ? 'are' : 'is'} compressed.`
    : `Time runs left to right, from ${rangeOf({ start: scale.domain[0], end: scale.domain[1] })}.`;

  return (
    <div className="tl-chart">
      <p className="visually-hidden">
        {description} The article was posted {formatPublished(bundle.article.published)}. Use the
        arrow keys to move from event to event in time order; Enter selects.
      </p>
      <div className="tl-scroll" ref={scrollRef}>
        <div className="tl-canvas" style={{ width: canvasWidth }}>
          <div className="tl-head" style={{ height: headHeight }}>
            <TimelineAxis width={canvasWidth} ticks={ticks} captions={captions} hatchId={hatchId} />
            <div className="tl-slider-row" style={{ top: AXIS_H - 9 }}>
              <AsOfSlider
                scale={scale}
                stops={stops}
                steps={steps}
                asOf={asOf}
                onChange={onScrub}
              />
            </div>
          </div>
          <div className="tl-body" style={{ height: bodyHeight }}>
            <ChartBackdrop
              width={canvasWidth}
              height={bodyHeight}
              scale={scale}
              ticks={ticks}
              captions={captions}
              hatchId={hatchId}
              posted={{
                x: scale.x(postedMoment(bundle.article.published, postedDay)),
                label: `Posted ${formatDay(postedDay).replace(/ \d{4}$/, '')}`,
              }}
              asOf={
                asOfDay === null
                  ? null
                  : { day: asOfDay, label: `As of ${formatDay(asOfDay).replace(/ \d{4}$/, '')}` }
              }
            />
            <div
              className="tl-marks"
              ref={marksRef}
              role="group"
              aria-label="Events, in time order"
            >
              {items.map((item) => {
                const placed = layout.get(item.id);
                if (!placed) return null;
                return (
                  <EventMark
                    key={item.id}
                    item={item}
                    layout={placed}
                    top={RULE_TOP + placed.row * rowHeight + 2}
                    height={rowHeight - 4}
                    asOf={asOf}
                    selected={item.id === selectedId}
                    concerned={related !== null && related.has(item.id)}
                    dimmed={related !== null && !related.has(item.id)}
                    lit={lit.has(item.id)}
                    onSelect={onSelect}
                    onNavigate={onNavigate}
                  />
                );
              })}
            </div>
          </div>
        </div>
        <div className="tl-legend-wrap" ref={legendRef} style={{ width: size.width || undefined }}>
          <TimelineLegend hasCompressed={compressed.length > 0} hasAsOf={asOf !== null} />
        </div>
      </div>
    </div>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { timeScaleFrom } from '../scale/time-scale';
import type { TimelineClusterMark, TimelineScene } from '../scene/timeline-scene';
import { AsOfSlider } from './as-of-slider';
import { ChartBackdrop } from './chart-backdrop';
import { ClusterMark } from './cluster-mark';
import { EventMark } from './event-mark';
import { TimelineAxis } from './timeline-axis';
import { TimelineLegend } from './timeline-legend';

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface TimelineChartProps {
  scene: TimelineScene;
  /** The scroll box (the view measures it to size the scene) and its callback ref. */
  scrollBox: HTMLDivElement | null;
  setScrollBox: (element: HTMLDivElement | null) => void;
  /** The key at the scroll box's foot: its height is kept out of the scene's. */
  setLegend: (element: HTMLDivElement | null) => void;
  /** Width of the pane, for the key (it stays put while the chart scrolls sideways). */
  paneWidth: number;
  onSelect: (id: string) => void;
  onScrub: (day: string) => void;
  /** A count mark opened: zoom to its days. */
  onOpenCluster: (mark: TimelineClusterMark) => void;
}

/**
 * The drawn timeline: every mark, label and rule where the scene put it, React owning each node.
 * The ruler and the "as of" slider stay at the top while the rows scroll under them; marks and
 * their words are in one SVG, so they scroll together and never drift apart.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { scene, scrollBox, setScrollBox, setLegend, paneWidth, onSelect, onScrub, onOpenCluster } =
    props;
  const marksRef = useRef<SVGGElement>(null);
  const scale = useMemo(() => timeScaleFrom(scene.scale), [scene.scale]);
  const { headHeight } = scene.metrics;
  const bodyHeight = scene.height - headHeight;
  const subject = scene.events.find((e) => e.subject)?.id ?? null;
  // Events and count marks, in time order: the arrow keys walk both.
  const ids = useMemo(
    () =>
      [
        ...scene.events.map((e) => ({
          id: e.id,
          x: e.shape.kind === 'point' ? e.shape.cx : e.shape.x,
        })),
        ...scene.clusters.map((c) => ({ id: c.id, x: c.box.x })),
      ]
        .sort((a, b) => a.x - b.x)
        .map((m) => m.id),
    [scene.events, scene.clusters],
  );
  // One Tab stop for all the events and count marks (roving tabindex): where focus last was, else the selected
  // event, else the first; the arrow keys walk the rest.
  const [focused, setFocused] = useState<string | null>(null);
  const current =
    focused !== null && ids.includes(focused)
      ? focused
      : subject !== null && ids.includes(subject)
        ? subject
        : (ids[0] ?? null);

  const onNavigate = useCallback(
    (id: string, key: string) => {
      const index = ids.indexOf(id);
      const target =
        key === 'Home'
          ? 0
          : key === 'End'
            ? ids.length - 1
            : Math.min(
                ids.length - 1,
                Math.max(0, index + (key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 1)),
              );
      const next = ids[target];
      if (next === undefined) return;
      const at = CSS.escape(next);
      marksRef.current
        ?.querySelector<SVGGElement>(`[data-event="${at}"], [data-cluster="${at}"]`)
        ?.focus();
    },
    [ids],
  );

  // A selection made elsewhere (the text, the network) is brought into view here.
  useEffect(() => {
    const box = scrollBox;
    if (!box || subject === null) return;
    const mark = box.querySelector<SVGGElement>(`[data-event="${CSS.escape(subject)}"]`);
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
  }, [subject, headHeight, scrollBox]);

  // Where the pane is narrower than the narrowest drawing, keep the "as of" rule in sight.
  const asOfX = scene.asOf?.x ?? null;
  useEffect(() => {
    const box = scrollBox;
    if (!box || asOfX === null || box.scrollWidth <= box.clientWidth) return;
    if (asOfX < box.scrollLeft + 24 || asOfX > box.scrollLeft + box.clientWidth - 24)
      box.scrollTo({
        left: asOfX - box.clientWidth / 2,
        behavior: reducedMotion() ? 'auto' : 'smooth',
      });
  }, [asOfX, scrollBox]);

  return (
    <div className="tl-chart">
      <p className="visually-hidden">
        {scene.description} Use the arrow keys to move from event to event in time order; Enter
        selects.
      </p>
      <div className="tl-scroll" ref={setScrollBox} data-layout-panel="timeline">
        <div className="tl-canvas" style={{ width: scene.width }}>
          <div className="tl-head" style={{ height: headHeight }} data-layout-control="ruler">
            <TimelineAxis scene={scene} />
            {scene.slider && (
              <AsOfSlider
                scale={scale}
                geometry={scene.slider}
                asOf={scene.asOf?.day ?? null}
                onChange={onScrub}
              />
            )}
          </div>
          <svg
            className="tl-body"
            width={scene.width}
            height={bodyHeight}
            viewBox={`0 ${headHeight} ${scene.width} ${bodyHeight}`}
          >
            <ChartBackdrop scene={scene} />
            <g className="tl-marks" ref={marksRef} role="group" aria-label="Events, in time order">
              {scene.clusters.map((mark) => (
                <ClusterMark
                  key={mark.id}
                  mark={mark}
                  onOpen={onOpenCluster}
                  onNavigate={onNavigate}
                  current={mark.id === current}
                  onFocusMark={setFocused}
                />
              ))}
              {scene.events.map((mark) => (
                <EventMark
                  key={mark.id}
                  mark={mark}
                  onSelect={onSelect}
                  onNavigate={onNavigate}
                  current={mark.id === current}
                  onFocusMark={setFocused}
                />
              ))}
            </g>
          </svg>
        </div>
        <div className="tl-legend-wrap" ref={setLegend} style={{ width: paneWidth || undefined }}>
          <TimelineLegend entries={scene.legend} />
        </div>
      </div>
    </div>
  );
}

import { useRef, type KeyboardEvent } from 'react';
import { dayIso, dayNumber } from '../../../model/day-number';
import { formatPartialDate } from '../../../model/format-date';
import { nextPlayStep, previousPlayStep } from '../items/play-steps';
import { dayAtSliderX, sliderX, stepStop } from '../scale/scrub-stops';
import type { TimeScale } from '../scale/time-scale';
import type { SliderGeometry } from '../scene/timeline-scene';

/** Thumb width in px; the track overhangs the plot by half of it so the thumb centre meets x. */
const THUMB = 16;

export interface AsOfSliderProps {
  /** The scene's scale, rebuilt from its plain data: the thumb's x is the chart's x. */
  scale: TimeScale;
  /** Where the track lies and the days its keys stop on, from the scene. */
  geometry: SliderGeometry;
  asOf: string | null;
  /** Every change replaces history: scrubbing is continuous. */
  onChange: (day: string) => void;
}

/**
 * The "as of" scrubber, laid over the chart's own x: its thumb stands on the end of the chosen
 * day, where the chart draws the "as of" rule. A native range input (role slider, its value read
 * out as a date); the keys are ours because the day a key press should reach is not a fixed step
 * of pixels on a fisheye axis: ←/→ a day in the wide week and a few days where compressed,
 * PageDown/PageUp the previous/next event date, Home/End the ends.
 */
export function AsOfSlider({ scale, geometry, asOf, onChange }: AsOfSliderProps) {
  const { stops, steps } = geometry;
  const last = scale.domain[1] - 1;
  const day = asOf === null ? last : Math.min(last, Math.max(scale.domain[0], dayNumber(asOf)));
  // Keys can arrive faster than the URL comes back as a new asOf (a held key repeats, and the
  // URL may show an earlier step of the run): while the URL shows a day this run of presses asked
  // for, or the day it started from, the next press steps from the last day asked for.
  const run = useRef<{ seen: Set<string | null>; to: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const current = run.current;
    const inRun = current !== null && current.seen.has(asOf) && asOf !== dayIso(current.to);
    const from = inRun ? current.to : day;
    const iso = dayIso(from);
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        next = stepStop(stops, from, -1);
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        next = stepStop(stops, from, 1);
        break;
      case 'PageDown': {
        const step = previousPlayStep(steps, iso);
        next = step === null ? (stops[0] ?? null) : dayNumber(step);
        break;
      }
      case 'PageUp': {
        const step = nextPlayStep(steps, iso);
        next = step === null ? (stops.at(-1) ?? null) : dayNumber(step);
        break;
      }
      case 'Home':
        next = stops[0] ?? null;
        break;
      case 'End':
        next = stops.at(-1) ?? null;
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next === null) return;
    const seen = inRun ? current.seen : new Set<string | null>([asOf]);
    seen.add(dayIso(next));
    run.current = { seen, to: next };
    onChange(dayIso(next));
  };

  return (
    <input
      type="range"
      className="tl-slider"
      aria-label="As of"
      min={0}
      max={scale.width}
      step="any"
      value={sliderX(scale, day)}
      aria-valuetext={asOf === null ? 'Every date shown' : formatPartialDate(asOf)}
      style={{ left: geometry.x0 - THUMB / 2, width: geometry.width + THUMB, top: geometry.y }}
      onKeyDown={onKeyDown}
      onChange={(event) => {
        run.current = null;
        onChange(dayIso(dayAtSliderX(scale, Number(event.target.value))));
      }}
    />
  );
}

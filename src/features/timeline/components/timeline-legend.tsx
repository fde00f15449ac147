import { legendSwatch, SWATCH_HEIGHT, SWATCH_WIDTH } from '../scene/legend-swatch';
import type { LegendEntry } from '../scene/timeline-scene';
import { SwatchShapes } from './swatch-shapes';

/**
 * The key, from the scene's entries: every encoding in words beside the same sample the picture
 * draws, so status never rests on colour or line style alone. One short line where it fits, so a
 * timeline strip keeps its height for the events.
 */
export function TimelineLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="tl-legend" aria-label="Key to the timeline">
      {entries.map((entry) => (
        <li key={entry.kind}>
          <svg
            className="tl-swatch"
            width={SWATCH_WIDTH}
            height={SWATCH_HEIGHT}
            viewBox={`0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}`}
            aria-hidden="true"
          >
            <SwatchShapes shapes={legendSwatch(entry.kind)} />
          </svg>
          {entry.text}
        </li>
      ))}
    </ul>
  );
}

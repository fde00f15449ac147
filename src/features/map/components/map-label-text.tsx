import { labelLines, leaderPath } from '../geo/label-geometry';
import type { OverlayLabel } from '../geo/map-overlay';

/** The lines of a placed label (optionally only one entity's), with halo, and its leader line. */
export function MapLabelText(props: { label: OverlayLabel; entity?: string; leader?: boolean }) {
  const { label } = props;
  if (label.hidden) return null;
  const leader = props.leader ? leaderPath(label) : null;
  return (
    <>
      {leader && <path className="map-leader" d={leader} />}
      {labelLines(label)
        .filter((l) => props.entity === undefined || l.entity === props.entity)
        .map((line) => (
          <text
            key={`${line.text}-${line.y}`}
            className={`map-label map-label-${line.style}`}
            x={line.x}
            y={line.y}
            textAnchor={line.anchor}
          >
            {line.style === 'country' ? line.text.toUpperCase() : line.text}
          </text>
        ))}
    </>
  );
}

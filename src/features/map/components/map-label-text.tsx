import type { MapType } from '../geo/map-type';
import type { MapLabelMark } from '../map-scene-types';

/** The lines of a placed label (optionally only one entity's), with halo, and its leader line. */
export function MapLabelText(props: {
  label: MapLabelMark;
  type: MapType;
  entity?: string;
  leader?: boolean;
  /** Draw no lines, only the leader (a place's leader sits under all its entities' lines). */
  leaderOnly?: boolean;
  /** The mark the label belongs to (a place's dot, a leg): the layout checks read it. */
  owner: string;
}) {
  const { label, type } = props;
  const lines = props.leaderOnly
    ? []
    : label.lines.filter((l) => props.entity === undefined || l.entity === props.entity);
  return (
    <>
      {props.leader && label.leader && (
        <path className="map-leader" d={label.leader} data-leader-for={props.owner} />
      )}
      {lines.map((line) => {
        const t = type.lines[line.style];
        return (
          <text
            key={`${line.drawn}-${line.y}`}
            className={`map-label map-label-${line.style}`}
            data-label-for={line.entity ?? props.owner}
            data-label-group={props.owner}
            x={line.x}
            y={line.y}
            textAnchor={line.anchor}
            fontSize={t.size}
            letterSpacing={t.letterSpacing ? t.letterSpacing * t.size : undefined}
          >
            {line.drawn}
          </text>
        );
      })}
    </>
  );
}

import type { EdgeLabelMark } from '../network-scene';

/**
 * A relation's words at the middle of its line, shown on hover, focus and selection only
 * (DESIGN.md: edge labels not always, to keep the diagram calm). The scene placed it.
 */
export function NetworkEdgeLabel({ label }: { label: EdgeLabelMark }) {
  const { box, lines, dateLines } = label;
  return (
    <g className="net-edge-label" aria-hidden="true">
      {label.leader && (
        <line
          className="net-edge-label-leader"
          x1={label.leader.x1}
          y1={label.leader.y1}
          x2={label.leader.x2}
          y2={label.leader.y2}
        />
      )}
      <rect
        className="net-edge-label-bg"
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={4}
      />
      <text textAnchor="middle" fontSize={label.fontSize}>
        {lines.map((line, i) => (
          <tspan
            key={i}
            x={label.x}
            y={label.y + i * label.lineHeight}
            className={i >= lines.length - dateLines ? 'net-edge-label-date' : undefined}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

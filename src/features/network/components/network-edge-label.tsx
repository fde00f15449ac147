import type { SceneEdge } from '../layout/build-network-scene';
import type { MeasureText } from '../layout/measure-text';
import { wrapLabel } from '../layout/wrap-label';

interface Props {
  item: SceneEdge;
  /** The relation in words, then its date on its own line. */
  text: string;
  date: string | null;
  width: number;
  height: number;
  fontSize: number;
  measure: MeasureText;
}

/**
 * A relation's words at the middle of its line, shown on hover, focus and selection only
 * (DESIGN.md: edge labels not always, to keep the diagram calm). Kept inside the panel.
 */
export function NetworkEdgeLabel({ item, text, date, width, height, fontSize, measure }: Props) {
  const lines = wrapLabel(text, 44, 2);
  const all = date ? [...lines, date] : lines;
  const w = Math.max(...all.map((l) => measure(l, fontSize, false)));
  const lineHeight = fontSize * 1.2;
  const h = all.length * lineHeight;
  const x = Math.min(width - w / 2 - 4, Math.max(w / 2 + 4, item.geometry.mid.x));
  const top = Math.min(height - h - 4, Math.max(4, item.geometry.mid.y - h - 6));
  return (
    <g className="net-edge-label" aria-hidden="true">
      <rect
        className="net-edge-label-bg"
        x={x - w / 2 - 5}
        y={top - 3}
        width={w + 10}
        height={h + 6}
        rx={4}
      />
      <text textAnchor="middle" fontSize={fontSize}>
        {all.map((line, i) => (
          <tspan
            key={i}
            x={x}
            y={top + fontSize * 0.95 + i * lineHeight}
            className={date && i === all.length - 1 ? 'net-edge-label-date' : undefined}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

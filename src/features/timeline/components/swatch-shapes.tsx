import type { SwatchShape } from '../scene/legend-swatch';
import { paint } from './paint-style';

/** A key's swatch on screen: the same shapes the SVG writer draws, in the theme's colours. */
export function SwatchShapes({ shapes }: { shapes: readonly SwatchShape[] }) {
  return shapes.map((s, i) => {
    const dash =
      'dash' in s && s.dash ? { strokeDasharray: s.dash, strokeLinecap: 'round' as const } : {};
    switch (s.el) {
      case 'circle':
        return (
          <circle
            key={i}
            cx={s.cx}
            cy={s.cy}
            r={s.r}
            style={{ fill: paint(s.fill), stroke: paint(s.stroke), strokeWidth: s.width, ...dash }}
          />
        );
      case 'rect':
        return (
          <rect
            key={i}
            x={s.x}
            y={s.y}
            width={s.w}
            height={s.h}
            rx={2}
            style={{
              fill: paint(s.fill),
              stroke: s.stroke ? paint(s.stroke) : 'none',
              strokeWidth: s.width,
              ...dash,
            }}
          />
        );
      case 'path':
        return (
          <path
            key={i}
            d={s.d}
            style={{ fill: 'none', stroke: paint(s.stroke), strokeWidth: s.width, ...dash }}
          />
        );
      case 'text':
        return (
          <text
            key={i}
            x={s.x}
            y={s.y}
            textAnchor="middle"
            fontSize={10}
            fontWeight={700}
            style={{ fill: paint(s.fill) }}
          >
            {s.text}
          </text>
        );
    }
  });
}

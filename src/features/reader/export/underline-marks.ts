import type { EntityKind } from '../../../bundle/bundle-schema';

/** One stroke of a name's underline. */
export interface UnderlineStroke {
  d: string;
  width: number;
  dasharray: string | null;
  linecap: 'butt' | 'round';
}

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * A name's underline by kind, as the screen draws it, so colour is never the only signal:
 * person solid, country double, organisation dashed, news media dotted, place wavy. `y` is the
 * middle of the mark; `k` scales the strokes with the type.
 */
export function underlineStrokes(
  kind: EntityKind,
  x0: number,
  x1: number,
  y: number,
  k = 1,
): UnderlineStroke[] {
  const line = (at: number) => `M${r(x0)},${r(at)}H${r(x1)}`;
  switch (kind) {
    case 'person':
      return [{ d: line(y), width: 2 * k, dasharray: null, linecap: 'butt' }];
    case 'country':
      return [
        { d: line(y - 1.25 * k), width: 1.1 * k, dasharray: null, linecap: 'butt' },
        { d: line(y + 1.25 * k), width: 1.1 * k, dasharray: null, linecap: 'butt' },
      ];
    case 'organization':
      return [{ d: line(y), width: 2 * k, dasharray: `${r(6 * k)} ${r(4 * k)}`, linecap: 'butt' }];
    case 'media':
      // Round caps on near-zero dashes: dots, as a 3 px dotted border draws them.
      return [{ d: line(y), width: 3 * k, dasharray: `0.01 ${r(5 * k)}`, linecap: 'round' }];
    case 'place': {
      // A wave of half-periods as quadratic curves, ending exactly at x1.
      const half = 3 * k;
      const amp = 1.6 * k;
      const steps = Math.max(1, Math.round((x1 - x0) / half));
      const step = (x1 - x0) / steps;
      let d = `M${r(x0)},${r(y)}`;
      for (let i = 0; i < steps; i += 1) {
        const cx = x0 + (i + 0.5) * step;
        const cy = y + (i % 2 === 0 ? -amp : amp) * 2;
        d += `Q${r(cx)},${r(cy)} ${r(x0 + (i + 1) * step)},${r(y)}`;
      }
      return [{ d, width: 1.5 * k, dasharray: null, linecap: 'round' }];
    }
  }
}

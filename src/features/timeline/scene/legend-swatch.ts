import type { PaletteKey } from '../timeline-palette';
import { hatchPath } from './hatch-path';
import { dashFor } from './mark-paint';
import type { LegendEntry } from './timeline-scene';

/** One drawn piece of a key's swatch, in a 24 × 14 box; colours are palette keys. */
export type SwatchShape =
  | {
      el: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: PaletteKey;
      stroke: PaletteKey;
      width: number;
      dash: string | null;
    }
  | {
      el: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: PaletteKey;
      stroke: PaletteKey | null;
      width: number;
      dash: string | null;
    }
  | { el: 'path'; d: string; stroke: PaletteKey; width: number; dash: string | null }
  | { el: 'text'; x: number; y: number; text: string; fill: PaletteKey };

export const SWATCH_WIDTH = 24;
export const SWATCH_HEIGHT = 14;

/**
 * The sample drawn beside each entry of the key: the same shapes, line styles and fills as the
 * marks, so the key reads the picture. The screen's key and the SVG writer both draw these.
 */
export function legendSwatch(kind: LegendEntry['kind']): SwatchShape[] {
  const point = (status: 'happened' | 'planned' | 'expected'): SwatchShape => ({
    el: 'circle',
    cx: 12,
    cy: 7,
    r: 5,
    fill: status === 'happened' ? 'accent' : 'background',
    stroke: 'accent',
    width: 2,
    dash: dashFor(status, 2),
  });
  switch (kind) {
    case 'happened':
    case 'planned':
    case 'expected':
      return [point(kind)];
    case 'range':
      return [
        {
          el: 'rect',
          x: 1,
          y: 2,
          w: 22,
          h: 10,
          fill: 'rangeFill',
          stroke: 'accent',
          width: 2,
          dash: null,
        },
      ];
    case 'inferred':
      return [
        {
          el: 'circle',
          cx: 12,
          cy: 7,
          r: 6.5,
          fill: 'background',
          stroke: 'accent',
          width: 1,
          dash: null,
        },
        {
          el: 'circle',
          cx: 12,
          cy: 7,
          r: 4,
          fill: 'accent',
          stroke: 'accent',
          width: 2,
          dash: null,
        },
      ];
    case 'unsure':
      return [
        {
          el: 'rect',
          x: 1,
          y: 2,
          w: 22,
          h: 10,
          fill: 'background',
          stroke: 'accent',
          width: 2,
          dash: null,
        },
        { el: 'path', d: hatchPath(2, 22, 3, 11, 4), stroke: 'unsureFill', width: 2, dash: null },
      ];
    case 'later':
      return [
        {
          el: 'circle',
          cx: 12,
          cy: 7,
          r: 5,
          fill: 'background',
          stroke: 'laterMark',
          width: 2,
          dash: null,
        },
      ];
    case 'posted':
      return [{ el: 'path', d: 'M12,0L12,14', stroke: 'text', width: 1.5, dash: null }];
    case 'asof':
      return [{ el: 'path', d: 'M12,0L12,14', stroke: 'accent', width: 2, dash: null }];
    case 'compressed':
      return [
        {
          el: 'rect',
          x: 0.5,
          y: 0.5,
          w: 23,
          h: 13,
          fill: 'background',
          stroke: 'grid',
          width: 1,
          dash: null,
        },
        { el: 'path', d: hatchPath(0.5, 23.5, 0.5, 13.5), stroke: 'grid', width: 1.5, dash: null },
      ];
  }
}

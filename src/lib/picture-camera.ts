/**
 * How a map picture was projected, written on its root `<svg>` as `data-camera` so a slide
 * transition can move the camera from one picture's frame to the next without either feature
 * importing the other: the map writes it, the briefing reads it.
 */
export interface PictureCamera {
  kind: 'azimuthal-equal-area' | 'equal-earth';
  /** d3-geo's rotate, in degrees: the frame's centre is (−λ, −φ). */
  rotate: readonly [number, number, number];
  /** Pixels per radian at the centre. */
  scale: number;
  /** Where the centre lies in the picture, in its units. */
  translate: readonly [number, number];
}

const r = (v: number) => String(Math.round(v * 1e4) / 1e4);

/** The attribute's text: "kind λ φ γ scale x y". */
export function writeCamera(c: PictureCamera): string {
  return [c.kind, ...c.rotate.map(r), r(c.scale), ...c.translate.map(r)].join(' ');
}

/** The camera an attribute describes; null for anything else. */
export function readCamera(text: string | null | undefined): PictureCamera | null {
  if (typeof text !== 'string') return null;
  const [kind, ...rest] = text.trim().split(/\s+/);
  const [l, p, g, scale, x, y, ...extra] = rest.map(Number);
  if (kind !== 'azimuthal-equal-area' && kind !== 'equal-earth') return null;
  if (
    extra.length > 0 ||
    l === undefined ||
    p === undefined ||
    g === undefined ||
    scale === undefined ||
    x === undefined ||
    y === undefined
  )
    return null;
  if (![l, p, g, scale, x, y].every(Number.isFinite) || scale <= 0) return null;
  return { kind, rotate: [l, p, g], scale, translate: [x, y] };
}

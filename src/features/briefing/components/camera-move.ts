import { geoAzimuthalEqualArea, geoEqualEarth } from 'd3-geo';
import { interpolateZoom } from 'd3-interpolate';
import type { PictureCamera } from '../../../lib/picture-camera';

/** A similarity (scale, turn, shift) as SVG's matrix(a b c d e f): screen = M · point. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** One frame of a camera move between two map pictures of the same size. */
export interface CameraFrame {
  /** Where the picture being left is drawn. */
  leaving: Affine;
  /** Where the picture arriving is drawn (the identity when the move ends). */
  shown: Affine;
  /** The map's scale in this frame, in pixels per radian at the centre. */
  scale: number;
}

/** From one camera to another: a function of eased progress t ∈ [0, 1]. */
export type CameraMove = (t: number) => CameraFrame;

function project(c: PictureCamera, lonLat: [number, number]): [number, number] | null {
  const projection =
    c.kind === 'equal-earth' ? geoEqualEarth() : geoAzimuthalEqualArea().clipAngle(150);
  projection
    .rotate([c.rotate[0], c.rotate[1], c.rotate[2]])
    .scale(c.scale)
    .translate([c.translate[0], c.translate[1]]);
  return projection(lonLat);
}

type Complex = readonly [number, number];
const mul = (p: Complex, q: Complex): Complex => [
  p[0] * q[0] - p[1] * q[1],
  p[0] * q[1] + p[1] * q[0],
];
const add = (p: Complex, q: Complex): Complex => [p[0] + q[0], p[1] + q[1]];
const sub = (p: Complex, q: Complex): Complex => [p[0] - q[0], p[1] - q[1]];
const div = (p: Complex, q: Complex): Complex => {
  const m = q[0] * q[0] + q[1] * q[1];
  return [(p[0] * q[0] + p[1] * q[1]) / m, (p[1] * q[0] - p[0] * q[1]) / m];
};
/** z ↦ m·z + s as an SVG matrix. */
const affine = (m: Complex, s: Complex): Affine => ({
  a: m[0],
  b: m[1],
  c: -m[1],
  d: m[0],
  e: s[0],
  f: s[1],
});

/**
 * The camera move from one map picture to the next, both `size` in picture units. The second
 * picture is laid into the first's units by the similarity that puts both frames' centres where
 * the other projection has them (exact at those two places, close between them for regional
 * frames); the view then flies from the first frame to the second along d3's smooth zoom path
 * (van Wijk and Nuij, interpolateZoom), turning by the similarity's small angle as it goes. The
 * two pictures cross-fade as the camera moves, so each is exact where it is fully shown (the
 * first at t = 0, the second at t = 1). Null when the two cannot be related (other projections,
 * a centre on the far side of the globe from the other frame).
 */
export function cameraMove(
  from: PictureCamera,
  to: PictureCamera,
  size: { width: number; height: number },
): CameraMove | null {
  if (from.kind !== to.kind || size.width <= 0 || size.height <= 0) return null;
  const fromCentre: [number, number] = [-from.rotate[0], -from.rotate[1]];
  const toCentre: [number, number] = [-to.rotate[0], -to.rotate[1]];
  const toInFrom = project(from, toCentre);
  const fromInTo = project(to, fromCentre);
  if (toInFrom === null || fromInTo === null) return null;
  // S(z) = a·z + b takes the second picture's units to the first's.
  const span = sub(fromInTo, to.translate);
  const a: Complex =
    Math.hypot(span[0], span[1]) < 1
      ? [from.scale / to.scale, 0]
      : div(sub(from.translate, toInFrom), span);
  const b = sub(toInFrom, mul(a, to.translate));
  if (![...a, ...b].every(Number.isFinite)) return null;
  const { width: w, height: h } = size;
  const mid: Complex = [w / 2, h / 2];
  const size1 = Math.hypot(a[0], a[1]);
  const turn = Math.atan2(a[1], a[0]);
  const endCentre = add(mul(a, mid), b);
  const start: [number, number, number] = [w / 2, h / 2, w];
  const end: [number, number, number] = [endCentre[0], endCentre[1], w * size1];
  const path = interpolateZoom(start, end);
  return (t) => {
    const [ux, uy, uw] = t <= 0 ? start : t >= 1 ? end : path(t);
    const angle = -turn * Math.min(1, Math.max(0, t));
    const k = w / uw;
    // The first picture: its view (centre u, width uw, turned) onto the whole picture.
    const m: Complex = [k * Math.cos(angle), k * Math.sin(angle)];
    const s = sub(mid, mul(m, [ux, uy]));
    return {
      leaving: affine(m, s),
      shown: affine(mul(m, a), add(mul(m, b), s)),
      scale: k * from.scale,
    };
  };
}

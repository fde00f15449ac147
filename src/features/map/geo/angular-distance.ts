/** Degrees to radians, as d3-geo computes it (the same constant, so the same bits). */
const RADIANS = Math.PI / 180;

/**
 * The great-circle distance between two lon/lat points in radians: d3-geo's `geoDistance`
 * without its stream machinery. `geoDistance` builds a two-point LineString, streams it through
 * a length sink and sums one term in a compensated adder; that costs microseconds per call, and
 * a story of thousands of places calls it tens of thousands of times while grouping places and
 * fitting the frame. This is the same formula with the same operations in the same order, so it
 * returns the same number to the last bit (a unit test compares them on random and awkward
 * pairs): every frame and grouping stays exactly as it was.
 */
export function angularDistance(
  a: readonly [number, number] | readonly number[],
  b: readonly [number, number] | readonly number[],
): number {
  const lambda0 = (a[0] ?? 0) * RADIANS;
  const phi0 = (a[1] ?? 0) * RADIANS;
  const lambda = (b[0] ?? 0) * RADIANS;
  const phi = (b[1] ?? 0) * RADIANS;
  const sinPhi0 = Math.sin(phi0);
  const cosPhi0 = Math.cos(phi0);
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const delta = Math.abs(lambda - lambda0);
  const cosDelta = Math.cos(delta);
  const sinDelta = Math.sin(delta);
  const x = cosPhi * sinDelta;
  const y = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDelta;
  const z = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDelta;
  return Math.atan2(Math.sqrt(x * x + y * y), z);
}

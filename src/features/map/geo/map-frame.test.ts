import { describe, expect, it } from 'vitest';
import { baseLayout, framePoints, mapReference, MIN_ZOOM } from './map-frame';
import { mapModel } from './map-model';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

describe('map frame', () => {
  const model = mapModel(seedBundle());

  it('frames every seed place except the remote United States', () => {
    const points = framePoints(model);
    expect(points).toHaveLength(10);
    expect(points).not.toContainEqual([-77.04, 38.9]);
  });

  it('clips the globe just beyond what the farthest zoom-out shows', () => {
    const reference = mapReference(framePoints(model));
    const farthest = reference.clipAngle * MIN_ZOOM;
    expect(farthest).toBeGreaterThan(40); // the frame's own radius, Moscow to Tokyo
    expect(reference.clipAngle).toBeLessThanOrEqual(150);
  });

  it('places the base paths on the fitted frame at any size', () => {
    const reference = mapReference(framePoints(model));
    for (const size of [
      { width: 700, height: 500 },
      { width: 400, height: 900 },
    ]) {
      const layout = baseLayout(model, reference, size, { points: framePoints(model), margin: 60 });
      // Same rotation, so the reference paths map onto this frame by scale and translation.
      expect(layout.params.rotate).toEqual(reference.params.rotate);
      expect(layout.baseScale).toBeCloseTo(layout.params.scale / reference.refScale, 12);
      const moscow = layout.places.get('moscow') ?? [0, 0];
      expect(moscow[0]).toBeGreaterThanOrEqual(60 - 1e-6);
      expect(layout.legs.get('j-choe-2')?.length).toBeGreaterThan(50);
    }
  });
});

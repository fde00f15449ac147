import { describe, expect, it } from 'vitest';
import { framePlaces, type FramePoint } from './frame-places';
import { mapModel } from './map-model';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';

const pt = (id: string, lon: number, lat: number, weight = 2): FramePoint => ({
  id,
  lonLat: [lon, lat],
  weight,
});

describe('framePlaces', () => {
  it('frames East Asia to Moscow on the seed and leaves the United States off the frame', () => {
    const { frame } = mapModel(seedBundle());
    expect(frame.remote).toEqual(['united-states']);
    expect(frame.frame).toEqual(
      expect.arrayContaining(['moscow', 'sheremetyevo-airport', 'beijing', 'pyongyang', 'japan']),
    );
  });

  it('keeps a far place the story is largely about', () => {
    const points = [
      pt('seoul', 126.98, 37.57, 3),
      pt('tokyo', 139.69, 35.69, 3),
      pt('beijing', 116.4, 39.91, 3),
      pt('washington', -77.04, 38.9, 5),
    ];
    expect(framePlaces(points).remote).toEqual([]);
  });

  it('drops a lightly touched outlier, then stops', () => {
    const points = [
      pt('paris', 2.35, 48.86),
      pt('berlin', 13.4, 52.52),
      pt('warsaw', 21.01, 52.23),
      pt('rome', 12.5, 41.9),
      pt('new-york', -74, 40.71, 1),
    ];
    const choice = framePlaces(points);
    expect(choice.remote).toEqual(['new-york']);
    expect(choice.frame).toEqual(['paris', 'berlin', 'warsaw', 'rome']);
  });

  it('never drops from a two- or three-place map', () => {
    expect(framePlaces([pt('a', 0, 0), pt('b', 150, 10, 1)]).remote).toEqual([]);
    expect(framePlaces([pt('a', 0, 0), pt('b', 1, 0), pt('c', 150, 10, 1)]).remote).toEqual([]);
  });

  it('treats a city and its airport as one location', () => {
    const points = [
      pt('moscow', 37.62, 55.75, 1),
      pt('sheremetyevo', 37.41, 55.97, 1),
      pt('seoul', 126.98, 37.57, 20),
      pt('tokyo', 139.69, 35.69, 20),
      pt('beijing', 116.4, 39.91, 20),
    ];
    const choice = framePlaces(points);
    // Together they are one location: dropped or kept together, never split.
    expect(choice.remote.includes('moscow')).toBe(choice.remote.includes('sheremetyevo'));
  });
});

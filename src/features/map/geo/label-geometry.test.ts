import { describe, expect, it } from 'vitest';
import { labelLines, leaderPath, lineBox, pointerPath, unionBox } from './label-geometry';
import type { OverlayLabel } from './map-overlay';

const label: OverlayLabel = {
  owner: 'pyongyang',
  ownerKind: 'dot',
  lines: [
    { text: 'Pyongyang', style: 'place', entity: 'pyongyang' },
    { text: 'North Korea', style: 'country', entity: 'north-korea' },
  ],
  box: { x: 100, y: 50, width: 90, height: 29 },
  align: 'start',
  anchor: [92, 64],
  leader: false,
  hidden: false,
};

describe('label geometry', () => {
  it('stacks lines from the top of the box, aligned towards the anchor', () => {
    const [city, country] = labelLines(label);
    expect(city).toMatchObject({ x: 100, anchor: 'start', entity: 'pyongyang' });
    expect(city!.y).toBeCloseTo(50 + (16 + 13 * 0.72) / 2, 9);
    expect(country!.y).toBeCloseTo(66 + (13 + 10 * 0.72) / 2, 9);
    expect(labelLines({ ...label, align: 'end' })[0]?.x).toBe(190);
    expect(labelLines({ ...label, align: 'middle' })[0]?.x).toBe(145);
  });

  it('gives each line a target box that contains its glyphs', () => {
    const [city] = labelLines(label);
    const box = lineBox(city!);
    expect(box.x).toBe(100);
    expect(box.y).toBe(50);
    expect(box.height).toBe(16);
    expect(box.width).toBeGreaterThan(72);
    const union = unionBox([box, { x: 90, y: 60, width: 5, height: 30 }]);
    expect(union?.x).toBe(90);
    expect(union?.y).toBe(50);
    expect(union?.width).toBeCloseTo(box.width + 10, 9);
    expect(union?.height).toBe(40);
    expect(unionBox([])).toBeNull();
  });

  it('draws a leader only for a displaced label, to its nearest edge', () => {
    expect(leaderPath(label)).toBeNull();
    expect(leaderPath({ ...label, leader: true, anchor: [80, 100] })).toBe('M80,100L100,79');
  });

  it('points an edge arrow along its angle', () => {
    expect(pointerPath([50, 50], 0)).toBe('M57,50L45.8,55.6L45.8,44.4Z');
  });
});

import { describe, expect, it } from 'vitest';
import { measureText } from '../../../lib/text-measure';
import { leaderPath, pointerPath, positionLines, unionBox, type LabelLine } from './label-geometry';
import { mapType } from './map-type';

const type = mapType();
const lines: LabelLine[] = [
  { text: 'Pyongyang', style: 'place', entity: 'pyongyang' },
  { text: 'North Korea', style: 'country', entity: 'north-korea' },
];
const box = { x: 100, y: 50, width: 90, height: 29 };

describe('label geometry', () => {
  it('stacks lines from the top of the box, aligned towards the anchor', () => {
    const [city, country] = positionLines(lines, box, 'start', type);
    expect(city).toMatchObject({ x: 100, anchor: 'start', entity: 'pyongyang' });
    expect(city!.y).toBeCloseTo(50 + (16 + 13 * 0.72) / 2, 9);
    expect(country!.y).toBeCloseTo(66 + (13 + 10 * 0.72) / 2, 9);
    // Country names are drawn in capitals.
    expect(country!.drawn).toBe('NORTH KOREA');
    expect(positionLines(lines, box, 'end', type)[0]?.x).toBe(190);
    expect(positionLines(lines, box, 'middle', type)[0]?.x).toBe(145);
  });

  it('gives each line a target box measured by the shared text measure', () => {
    const [city, country] = positionLines(lines, box, 'end', type);
    const width = measureText('Pyongyang', { size: 13, weight: 600 });
    expect(city!.hit).toEqual({ x: 190 - width, y: 50, width, height: 16 });
    // Tracked capitals: 0.1 em after each of the 11 characters.
    expect(country!.hit.width).toBeCloseTo(
      measureText('NORTH KOREA', { size: 10, weight: 600 }) + 11 * 0.1 * 10,
      9,
    );
    const union = unionBox([city!.hit, { x: 90, y: 60, width: 5, height: 30 }]);
    expect(union?.x).toBe(90);
    expect(union?.y).toBe(50);
    expect(union?.height).toBe(40);
    expect(unionBox([])).toBeNull();
  });

  it('draws a leader to the label’s nearest edge', () => {
    expect(leaderPath(box, [80, 100])).toBe('M80,100L100,79');
  });

  it('points an edge arrow along its angle, at any size', () => {
    expect(pointerPath([50, 50], 0)).toBe('M57,50L45.8,55.6L45.8,44.4Z');
    expect(pointerPath([50, 50], 0, 14)).toBe('M64,50L41.6,61.2L41.6,38.8Z');
  });
});

import { describe, expect, it } from 'vitest';
import { arrowDirection, neighbourInDirection } from './neighbour-in-direction';

const at = { x: 100, y: 100 };
const neighbours = [
  { id: 'east', x: 200, y: 110 },
  { id: 'far-east', x: 400, y: 100 },
  { id: 'north-east', x: 150, y: 20 },
  { id: 'south', x: 95, y: 180 },
  { id: 'west', x: 10, y: 100 },
];

describe('neighbourInDirection', () => {
  it('picks the nearest neighbour that lies in the arrow’s direction', () => {
    expect(neighbourInDirection(at, neighbours, 'right')).toBe('east');
    expect(neighbourInDirection(at, neighbours, 'left')).toBe('west');
    expect(neighbourInDirection(at, neighbours, 'down')).toBe('south');
    expect(neighbourInDirection(at, neighbours, 'up')).toBe('north-east');
  });

  it('prefers what is straight ahead over what is near but off to the side', () => {
    const options = [
      { id: 'side', x: 130, y: 160 },
      { id: 'ahead', x: 200, y: 100 },
    ];
    // side: along 30, across 60 (outside 60° cone? 60 <= 30·1.73 = 52 is false)
    expect(neighbourInDirection(at, options, 'right')).toBe('ahead');
  });

  it('falls back to the half-plane, and gives null when nothing lies that way', () => {
    expect(neighbourInDirection(at, [{ id: 'steep', x: 110, y: 190 }], 'right')).toBe('steep');
    expect(neighbourInDirection(at, [{ id: 'behind', x: 50, y: 100 }], 'right')).toBeNull();
    expect(neighbourInDirection(at, [], 'up')).toBeNull();
  });

  it('reads arrow keys', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('Enter')).toBeNull();
  });
});

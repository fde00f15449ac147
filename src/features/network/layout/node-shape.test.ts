import { describe, expect, it } from 'vitest';
import { nodeShapePath, shapeBoundaryDistance, shapeOuterRadius } from './node-shape';

describe('node shapes', () => {
  it('draws a circle for a person and a polygon for an organisation', () => {
    expect(nodeShapePath('person', 10)).toBe('M-10,0A10,10 0 1,0 10,0A10,10 0 1,0 -10,0Z');
    expect(nodeShapePath('organization', 10).match(/L/g)).toHaveLength(5);
    expect(nodeShapePath('media', 10).match(/L/g)).toHaveLength(2);
    expect(nodeShapePath('country', 10)).toContain('A');
  });

  it('finds the outline along a direction', () => {
    expect(shapeBoundaryDistance('person', 10, 1, 0)).toBe(10);
    const half = 10 * Math.sqrt(Math.PI) * 0.5;
    expect(shapeBoundaryDistance('country', 10, 1, 0)).toBeCloseTo(half, 6);
    const d = Math.SQRT1_2;
    expect(shapeBoundaryDistance('country', 10, d, d)).toBeCloseTo(half * Math.SQRT2, 6);
    const hex = shapeBoundaryDistance('organization', 10, 0, -1);
    expect(hex).toBeCloseTo(shapeOuterRadius('organization', 10), 6);
  });

  it('keeps every outline inside its outer radius', () => {
    for (const kind of ['person', 'country', 'organization', 'media'] as const)
      for (let a = 0; a < 360; a += 7) {
        const rad = (a * Math.PI) / 180;
        const d = shapeBoundaryDistance(kind, 12, Math.cos(rad), Math.sin(rad));
        expect(d).toBeLessThanOrEqual(shapeOuterRadius(kind, 12) + 1e-9);
        expect(d).toBeGreaterThan(6);
      }
  });
});

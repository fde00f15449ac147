import { describe, expect, it } from 'vitest';
import { edgeGeometry, type EdgeEnd } from './edge-geometry';

const a: EdgeEnd = { id: 'a', kind: 'person', x: 0, y: 0, r: 10 };
const b: EdgeEnd = { id: 'b', kind: 'person', x: 100, y: 0, r: 10 };

describe('edgeGeometry', () => {
  it('draws a single relation straight, from outline to outline', () => {
    const g = edgeGeometry(a, b, { lane: 0, directed: false, opposed: false, strokeWidth: 2 });
    expect(g.d).toBe('M11.5,0L88.5,0');
    expect(g.marker).toBeNull();
    expect(g.mid).toEqual({ x: 50, y: 0 });
  });

  it('puts an arrowhead tip on the target outline', () => {
    const g = edgeGeometry(a, b, { lane: 0, directed: true, opposed: false, strokeWidth: 1 });
    expect(g.marker?.kind).toBe('arrow');
    expect(g.marker?.d.startsWith('M88.5,0L')).toBe(true);
    // The line ends inside the arrowhead, not at its tip.
    expect(g.d).toBe('M11.5,0L83.74,0');
  });

  it('ends a dispute in a bar across the line', () => {
    const g = edgeGeometry(a, b, { lane: 0, directed: true, opposed: true, strokeWidth: 1 });
    expect(g.marker).toEqual({ kind: 'bar', d: 'M88.5,-5.2L88.5,5.2' });
  });

  it('bends two relations of one pair to opposite sides, whichever way each points', () => {
    const one = edgeGeometry(a, b, { lane: -0.5, directed: false, opposed: false, strokeWidth: 2 });
    const two = edgeGeometry(b, a, { lane: 0.5, directed: false, opposed: false, strokeWidth: 2 });
    expect(one.d).toContain('Q');
    expect(one.mid.y).toBeCloseTo(-9.75, 1);
    expect(two.mid.y).toBeCloseTo(9.75, 1);
  });

  it('stops at a square’s corner further out than at its side', () => {
    const sq: EdgeEnd = { id: 'c', kind: 'country', x: 100, y: 100, r: 10 };
    const g = edgeGeometry(a, sq, { lane: 0, directed: false, opposed: false, strokeWidth: 1 });
    const end = g.d.split('L')[1]?.split(',').map(Number) ?? [];
    const dist = Math.hypot(100 - (end[0] ?? 0), 100 - (end[1] ?? 0));
    expect(dist).toBeCloseTo(10 * Math.sqrt(Math.PI) * 0.5 * Math.SQRT2 + 1.5, 1);
  });
});

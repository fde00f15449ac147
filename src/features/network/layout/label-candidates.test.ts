import { describe, expect, it } from 'vitest';
import { candidateAt, leaderLine } from './label-candidates';
import type { LabelInput } from './place-labels';

const label: LabelInput = {
  id: 'a',
  x: 100,
  y: 100,
  outer: 10,
  lines: ['Ann'],
  fontSize: 10,
  bold: false,
  priority: 0,
};

describe('label candidates', () => {
  it('sets a label right of its node, centred on it, anchored at its start', () => {
    const c = candidateAt(label, 'right', 13, 30, 11.5, 11.5);
    expect(c.box).toEqual({ x0: 113, y0: 94.25, x1: 143, y1: 105.75 });
    expect(c.anchor).toBe('start');
    expect(c.x).toBe(113);
  });

  it('sets a label left and below with the matching anchors', () => {
    expect(candidateAt(label, 'left', 13, 30, 11.5, 11.5)).toMatchObject({ anchor: 'end', x: 87 });
    const below = candidateAt(label, 'below', 13, 30, 11.5, 11.5);
    expect(below).toMatchObject({ anchor: 'middle', x: 100 });
    expect(below.box.y0).toBe(113);
  });

  it('draws a leader from the outline to the box', () => {
    const leader = leaderLine(label, { x0: 150, y0: 95, x1: 200, y1: 105 });
    expect(leader).toEqual({ x1: 112, y1: 100, x2: 148, y2: 100 });
  });
});

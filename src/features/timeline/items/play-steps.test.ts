import { describe, expect, it } from 'vitest';
import { daySpanOf } from '../../../model/day-number';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { nextPlayStep, playStart, playSteps, previousPlayStep } from './play-steps';

const steps = playSteps(seedBundle().events.map((e) => daySpanOf(e.when)));

describe('playSteps', () => {
  it('steps event date by event date and ends where everything is settled', () => {
    expect(steps).toEqual([
      '2018-06-01',
      '2018-06-12',
      '2018-09-01',
      '2018-09-27',
      '2018-10-01',
      '2018-10-05',
      '2018-10-06',
      '2018-10-07',
      '2018-10-08',
      '2018-10-09',
      '2019-01-01',
      '2019-12-31',
    ]);
    expect(playSteps([])).toEqual([]);
  });

  it('starts from the beginning, or resumes after the current day', () => {
    expect(playStart(steps, null)).toBe('2018-06-01');
    expect(playStart(steps, '2019-12-31')).toBe('2018-06-01');
    expect(playStart(steps, '2018-10-06')).toBe('2018-10-07');
    expect(playStart(steps, '2018-10-02')).toBe('2018-10-05');
    expect(playStart([], null)).toBeNull();
  });

  it('walks forwards and backwards', () => {
    expect(nextPlayStep(steps, '2018-10-09')).toBe('2019-01-01');
    expect(nextPlayStep(steps, '2019-12-31')).toBeNull();
    expect(previousPlayStep(steps, '2018-10-06')).toBe('2018-10-05');
    expect(previousPlayStep(steps, '2018-06-01')).toBeNull();
  });
});

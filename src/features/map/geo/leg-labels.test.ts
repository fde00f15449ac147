import { describe, expect, it } from 'vitest';
import { legLabelPlans } from './leg-labels';
import type { MapLeg } from './map-model';

const leg = (
  id: string,
  traveler: string,
  from: string,
  to: string,
  date: string | null,
): MapLeg => ({
  id,
  journeyId: `j-${traveler}`,
  traveler,
  travelerName: traveler.toUpperCase(),
  travelerIndex: 0,
  number: 1,
  of: 1,
  from,
  to,
  fromName: from,
  toName: to,
  fromAt: [0, 0],
  toAt: [1, 1],
  when: date === null ? undefined : { start: '2020-01-01', text: date },
  status: 'happened',
  basis: 'stated',
  style: 'reported',
  name: id,
  evidence: [],
});

const texts = (plan: { lines: { text: string }[] } | undefined) =>
  plan?.lines.map((l) => l.text) ?? null;

describe('legLabelPlans', () => {
  it('names a traveller on their first leg only; later legs give only their date', () => {
    const plans = legLabelPlans([
      leg('a1', 'biegun', 'us', 'seoul', 'last month'),
      leg('a2', 'biegun', 'seoul', 'tokyo', 'on May 3'),
    ]);
    expect(texts(plans.get('a1'))).toEqual(['BIEGUN', 'last month']);
    expect(texts(plans.get('a2'))).toEqual(['on May 3']);
    // Asked for (hover, focus), each leg still says who and when.
    expect(plans.get('a2')?.own.map((l) => l.text)).toEqual(['BIEGUN', 'on May 3']);
  });

  it('lets legs on one route with one date share a label, counting travellers beyond two', () => {
    const plans = legLabelPlans([
      leg('x', 'ann', 'addis', 'nairobi', 'on May 16'),
      leg('y', 'bo', 'addis', 'nairobi', 'on May 16'),
      leg('z', 'cy', 'addis', 'nairobi', 'on May 16'),
      leg('w', 'bo', 'addis', 'nairobi', 'on May 18'),
    ]);
    expect(texts(plans.get('x'))).toEqual(['3 travellers', 'on May 16']);
    expect(plans.get('y')).toMatchObject({ lines: [], rule: 'shared' });
    expect(plans.get('z')).toMatchObject({ lines: [], rule: 'shared' });
    // Another date is another label; Bo was already named on May 16.
    expect(texts(plans.get('w'))).toEqual(['on May 18']);
  });

  it('leaves a later undated leg to its numbered marker', () => {
    const plans = legLabelPlans([
      leg('a1', 'ann', 'p', 'q', 'today'),
      leg('a2', 'ann', 'q', 'r', null),
    ]);
    expect(plans.get('a2')).toMatchObject({ lines: [], rule: 'undated' });
    expect(plans.get('a2')?.own.map((l) => l.text)).toEqual(['ANN']);
  });
});

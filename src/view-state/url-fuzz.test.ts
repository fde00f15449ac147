import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseViewState, serialiseViewSearch } from './parse-view-state';
import { MESSAGE_LIMIT, boundMessage } from '../bundle/describe-value';

/** Junk a careless paste or an attacker puts in a link: stray escapes, controls, huge values. */
const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('%', '%E0%A4%A', '%0A', '\r\n', '\u0000', '__proto__', 'constructor', ',,,'),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `${s}%`),
  fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
);
const params = fc.dictionary(
  fc.constantFrom('views', 'pane', 'sel', 'asof', 'hide', 'hiderel', 'q', '__proto__', 'toString'),
  junk,
);

describe('URL fuzzer over parseViewState', () => {
  it('never throws, reports with bounded messages, and serialises to something it reads back', () => {
    fc.assert(
      fc.property(params, junk, fc.option(junk, { nil: undefined }), (query, id, slide) => {
        const search = new URLSearchParams();
        for (const [k, v] of Object.entries(query)) search.set(k, v);
        const { state, problems } = parseViewState(id, search, slide);
        for (const p of problems)
          expect(boundMessage(p.message).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
        const again = parseViewState(
          id,
          new URLSearchParams(serialiseViewSearch(state)),
          slide === undefined ? undefined : String(state.slide ?? 1),
        );
        expect(again.problems).toEqual([]);
        expect(again.state).toEqual(state);
      }),
      { seed: 1414, numRuns: 1500 },
    );
  });
});

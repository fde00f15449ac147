import { describe, expect, it } from 'vitest';
import { formatMs, ratioRows, type RunResult } from './scale-table';

describe('scale table', () => {
  it('prints milliseconds below a second and seconds above', () => {
    expect(formatMs(92.4)).toBe('92 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatMs(234_000)).toBe('234.0 s');
    expect(formatMs(undefined)).toBe('–');
  });

  it('divides ours by each peer on the same bundle, and leaves a gap where one did not finish', () => {
    const base = { entities: 10, relations: 15 };
    const results: RunResult[] = [
      { ...base, app: 'atlas', size: '5000', stable: 2000, fps: 60 },
      { ...base, app: 'sigma', size: '5000', stable: 4000, fps: 30 },
      { ...base, app: 'cytoscape', size: '5000' },
      { ...base, app: 'sigma', size: '1000', stable: 1 },
    ];
    expect(ratioRows(results)).toEqual([
      {
        bundle: '5000',
        peer: 'sigma',
        stable: '0.50×',
        'longest task': '–',
        'first click': '–',
        'click → highlight': '–',
        'zoom frames/s': '2.00×',
      },
      {
        bundle: '5000',
        peer: 'cytoscape',
        stable: '–',
        'longest task': '–',
        'first click': '–',
        'click → highlight': '–',
        'zoom frames/s': '–',
      },
    ]);
  });
});

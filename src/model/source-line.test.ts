import { describe, expect, it } from 'vitest';
import { seedBundle } from '../bundle/fixtures/seed-bundle';
import { sourceLine } from './source-line';

describe('sourceLine', () => {
  it('credits the writer, publisher and day', () => {
    expect(sourceLine(seedBundle())).toBe('Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
  });
});

import type { LegendEntry } from './timeline-scene';

/** What the key needs to know of a scene to list only what it draws. */
export interface LegendFacts {
  hasRange: boolean;
  hasInferred: boolean;
  hasCompressed: boolean;
  asOf: boolean;
  unsure: number;
  later: number;
}

/**
 * The key: every encoding in words beside a sample of it, so status and basis never rest on
 * colour or line style alone. The three statuses are always listed (a reader learns the code
 * once); the rest only when the picture has them.
 */
export function timelineLegendEntries(f: LegendFacts): LegendEntry[] {
  const out: LegendEntry[] = [
    { kind: 'happened', text: 'happened' },
    { kind: 'planned', text: 'planned' },
    { kind: 'expected', text: 'expected' },
  ];
  if (f.hasRange) out.push({ kind: 'range', text: 'a month or a year: its whole span' });
  if (f.hasInferred) out.push({ kind: 'inferred', text: 'inferred, not stated' });
  if (f.asOf && f.unsure > 0)
    out.push({ kind: 'unsure', text: 'unsure on the day (striped, “?”)' });
  if (f.asOf && f.later > 0) out.push({ kind: 'later', text: 'later (greyed)' });
  out.push({ kind: 'posted', text: 'posted' });
  if (f.asOf) out.push({ kind: 'asof', text: 'as of' });
  if (f.hasCompressed) out.push({ kind: 'compressed', text: 'time compressed' });
  return out;
}

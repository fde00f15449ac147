/** One app on one bundle: times in ms from navigation start, as measured in the page. */
export interface RunResult {
  app: string;
  size: string;
  entities: number;
  relations: number;
  firstFrame?: number | undefined;
  /** Our app only: the article's first block painted. */
  text?: number | undefined;
  stable?: number | undefined;
  longestTask?: number | undefined;
  /** The first click on a freshly opened story (cold: it also opens the inspector). */
  firstClick?: number | undefined;
  /** Median of the warm clicks after it. */
  click?: number | undefined;
  fps?: number | undefined;
  heapMB?: number | undefined;
  note?: string | undefined;
}

/** 0.55 s, 92 ms: seconds from one second up, so a table reads at a glance. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10000 ? 1 : 2)} s` : `${Math.round(ms)} ms`;
}

export function formatTable(rows: Record<string, string | number>[] | RunResult[]): string {
  const table: Record<string, string>[] = (rows as (RunResult | Record<string, string>)[]).map(
    (r) =>
      'entities' in r
        ? {
            bundle: `${r.size} (${r.entities} entities, ${r.relations} relations)`,
            app: String(r.app),
            'first frame': formatMs(r.firstFrame as number | undefined),
            'text shown': r.app === 'atlas' ? formatMs(r.text as number | undefined) : '',
            stable: formatMs(r.stable as number | undefined),
            'longest task': formatMs(r.longestTask as number | undefined),
            'first click': formatMs(r.firstClick as number | undefined),
            'click → highlight': formatMs(r.click as number | undefined),
            'zoom frames/s': r.fps === undefined ? '–' : Number(r.fps).toFixed(0),
            'JS heap': r.heapMB === undefined ? '–' : `${Number(r.heapMB).toFixed(0)} MB`,
            note: String(r.note ?? ''),
          }
        : Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])),
  );
  const keys = [...new Set(table.flatMap((r) => Object.keys(r)))];
  const width = keys.map((k) => Math.max(k.length, ...table.map((r) => (r[k] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
  return [
    line(keys),
    `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...table.map((r) => line(keys.map((k) => r[k] ?? ''))),
  ].join('\n');
}

const ratio = (ours: number | undefined, peer: number | undefined) =>
  ours === undefined || peer === undefined || peer === 0 ? '–' : `${(ours / peer).toFixed(2)}×`;

/** Ours divided by each peer's figure, per bundle; "–" where either did not finish. */
export function ratioRows(results: RunResult[]): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const ours of results.filter((r) => r.app === 'atlas'))
    for (const peer of results.filter((r) => r.size === ours.size && r.app !== 'atlas'))
      rows.push({
        bundle: ours.size,
        peer: peer.app,
        stable: ratio(ours.stable, peer.stable),
        'longest task': ratio(ours.longestTask, peer.longestTask),
        'first click': ratio(ours.firstClick, peer.firstClick),
        'click → highlight': ratio(ours.click, peer.click),
        'zoom frames/s': ratio(ours.fps, peer.fps),
      });
  return rows;
}

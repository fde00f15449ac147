import type { EdgeRow, NodeRow } from './export-rows';
import { serialiseCsv } from './serialise-csv';

/** nodes.csv: one row per entity shown. */
export function nodesCsv(rows: readonly NodeRow[]): string {
  return serialiseCsv(
    ['id', 'name', 'kind', 'country', 'group', 'mentions', 'relations', 'summary'],
    rows.map((r) => [r.id, r.name, r.kind, r.country, r.group, r.mentions, r.relations, r.summary]),
  );
}

/** edges.csv: one row per relation shown, with its evidence text. */
export function edgesCsv(rows: readonly EdgeRow[]): string {
  return serialiseCsv(
    [
      'id',
      'source',
      'target',
      'source_name',
      'target_name',
      'kind',
      'directed',
      'label',
      'basis',
      'planned',
      'date_start',
      'date_end',
      'date_text',
      'evidence',
    ],
    rows.map((r) => [
      r.id,
      r.source,
      r.target,
      r.sourceName,
      r.targetName,
      r.kind,
      r.directed ? 'yes' : 'no',
      r.label,
      r.basis,
      r.planned ? 'yes' : 'no',
      r.dateStart,
      r.dateEnd,
      r.dateText,
      r.evidence,
    ]),
  );
}

import './network-table.css';
import { useState } from 'react';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import type { VisibleGraph } from '../graph/filter-network-graph';
import type { EdgeWords } from '../graph/network-words';
import { tieAttribute } from '../graph/derived-ties';
import '../../../ui/data-table.css';

/** Rows per page of the table. */
const PAGE = 200;

interface Props {
  visible: VisibleGraph;
  countryNames: ReadonlyMap<string, string>;
  edgeWords: ReadonlyMap<string, EdgeWords>;
  /** Ids the selection names (marked data-subject and styled). */
  selected: ReadonlySet<string>;
  /** Ids the selection concerns (data-selected). */
  concerned: ReadonlySet<string>;
  onSelectEntity: (id: string) => void;
  onSelectRelation: (id: string) => void;
}

/**
 * The same graph as a table, for screen readers, keyboards and print: one row per entity with
 * its kind, state and every relation in words. Filters apply here too.
 */
export function NetworkTable(props: Props) {
  const { visible } = props;
  const [page, setPage] = useState(0);
  const byNode = new Map<string, (typeof visible.edges)[number][]>();
  const add = (id: string, e: (typeof visible.edges)[number]) => {
    const list = byNode.get(id);
    if (list) list.push(e);
    else byNode.set(id, [e]);
  };
  for (const e of visible.edges) {
    add(e.source, e);
    if (e.target !== e.source) add(e.target, e);
  }
  const all = [...visible.nodes].sort(
    (a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
  // A large story's table comes a page at a time: 20,000 rows at once would freeze the page.
  const pages = Math.max(1, Math.ceil(all.length / PAGE));
  const at = Math.min(page, pages - 1);
  const rows = all.slice(at * PAGE, (at + 1) * PAGE);
  const pager =
    pages > 1 ? (
      <div className="net-table-pager" role="group" aria-label="Table pages">
        <button
          type="button"
          className="button"
          disabled={at === 0}
          onClick={() => setPage(at - 1)}
        >
          Previous {PAGE}
        </button>
        <span aria-live="polite">
          Rows {(at * PAGE + 1).toLocaleString('en-GB')}–
          {Math.min(all.length, (at + 1) * PAGE).toLocaleString('en-GB')} of{' '}
          {all.length.toLocaleString('en-GB')}
        </span>
        <button
          type="button"
          className="button"
          disabled={at === pages - 1}
          onClick={() => setPage(at + 1)}
        >
          Next {PAGE}
        </button>
      </div>
    ) : null;
  return (
    <div className="net-table-wrap">
      {pager}
      <table className="net-table data-table">
        <caption>
          {visible.nodes.length.toLocaleString('en-GB')} entities and{' '}
          {visible.edges.length.toLocaleString('en-GB')} relations, most mentioned first
        </caption>
        <thead>
          <tr>
            <th scope="col">Entity</th>
            <th scope="col" className="net-table-aside">
              Kind
            </th>
            <th scope="col" className="net-table-aside">
              State
            </th>
            <th scope="col">Mentions</th>
            <th scope="col">Relations</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.id} data-selected={props.concerned.has(n.id) ? 'true' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="data-table-link"
                  data-entity={n.id}
                  data-selected={props.concerned.has(n.id) ? 'true' : undefined}
                  data-subject={props.selected.has(n.id) ? 'true' : undefined}
                  onClick={() => props.onSelectEntity(n.id)}
                >
                  {n.name}
                </button>
                {/* In a narrow pane the kind and state move under the name (see the CSS). */}
                <span className="net-table-sub">
                  {ENTITY_KIND_LABEL[n.kind]}
                  {n.country === null || n.country === n.id
                    ? ''
                    : ` · ${props.countryNames.get(n.country) ?? n.country}`}
                </span>
              </th>
              <td className="net-table-aside">{ENTITY_KIND_LABEL[n.kind]}</td>
              <td className="net-table-aside">
                {n.country === null || n.country === n.id
                  ? '—'
                  : (props.countryNames.get(n.country) ?? n.country)}
              </td>
              <td className="net-table-number">{n.mentions}</td>
              <td>
                {(byNode.get(n.id) ?? []).length === 0 ? (
                  '—'
                ) : (
                  <ul className="net-table-relations">
                    {(byNode.get(n.id) ?? []).map((e) => (
                      <li key={e.id}>
                        <button
                          type="button"
                          className="data-table-link"
                          {...{ [tieAttribute(e.from)]: e.id }}
                          data-selected={props.concerned.has(e.id) ? 'true' : undefined}
                          data-subject={props.selected.has(e.id) ? 'true' : undefined}
                          onClick={() => props.onSelectRelation(e.id)}
                        >
                          {props.edgeWords.get(e.id)?.ariaLabel ?? e.relation.label}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pager}
    </div>
  );
}

import type { Basis, Bundle, Status, When } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { BASIS_WORDS, describeWhen } from '../../../model/describe-items';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { relationKindLabel } from '../../../model/relation-kinds';
import { ItemButton } from './item-button';
import { EvidenceList } from './evidence-list';

function EntityLink({ bundle, id }: { bundle: Bundle; id: string }) {
  const e = indexBundle(bundle).entities.get(id);
  if (!e) return <span>{id}</span>;
  return (
    <ItemButton
      selection={{ kind: 'entity', id }}
      label={`${e.name}, ${ENTITY_KIND_LABEL[e.kind]}`}
      dataAttr="data-entity"
    >
      {e.name}
    </ItemButton>
  );
}

function Facts(props: {
  rows: [string, React.ReactNode][];
  when?: When | undefined;
  basis: Basis;
  status?: Status;
  note?: string | undefined;
}) {
  return (
    <dl className="facts">
      {props.rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      {props.when && (
        <div>
          <dt>When</dt>
          <dd className="tabular">{describeWhen(props.when)}</dd>
        </div>
      )}
      {props.status && (
        <div>
          <dt>Status</dt>
          <dd>{props.status}</dd>
        </div>
      )}
      <div>
        <dt>Basis</dt>
        <dd>{BASIS_WORDS[props.basis]}</dd>
      </div>
      {props.note && (
        <div>
          <dt>Note</dt>
          <dd>{props.note}</dd>
        </div>
      )}
    </dl>
  );
}

export function RelationCard({ bundle, id }: { bundle: Bundle; id: string }) {
  const r = indexBundle(bundle).relations.get(id);
  if (!r) return null;
  return (
    <div className="card">
      <Facts
        rows={[
          ['Relation', relationKindLabel(r.kind)],
          ['From', <EntityLink key="s" bundle={bundle} id={r.source} />],
          ['To', <EntityLink key="t" bundle={bundle} id={r.target} />],
        ]}
        when={r.when}
        basis={r.basis}
        note={r.note}
      />
      <section className="inspector-section" aria-label="Evidence">
        <h3>Evidence ({r.evidence.length})</h3>
        <EvidenceList bundle={bundle} spans={r.evidence} />
      </section>
    </div>
  );
}

export function EventCard({ bundle, id }: { bundle: Bundle; id: string }) {
  const e = indexBundle(bundle).events.get(id);
  if (!e) return null;
  return (
    <div className="card">
      <Facts
        rows={[
          ...(e.place
            ? ([['Where', <EntityLink key="p" bundle={bundle} id={e.place} />]] as [
                string,
                React.ReactNode,
              ][])
            : []),
          [
            'Who',
            <ul key="w" className="inline-list">
              {e.participants.map((p) => (
                <li key={p}>
                  <EntityLink bundle={bundle} id={p} />
                </li>
              ))}
            </ul>,
          ],
        ]}
        when={e.when}
        status={e.status}
        basis={e.basis}
        note={e.note}
      />
      <section className="inspector-section" aria-label="Evidence">
        <h3>Evidence ({e.evidence.length})</h3>
        <EvidenceList bundle={bundle} spans={e.evidence} />
      </section>
    </div>
  );
}

export function LegCard({ bundle, id }: { bundle: Bundle; id: string }) {
  const indexed = indexBundle(bundle).legs.get(id);
  if (!indexed) return null;
  const { leg, journey, number, of } = indexed;
  return (
    <div className="card">
      <Facts
        rows={[
          ['Traveller', <EntityLink key="t" bundle={bundle} id={journey.traveler} />],
          ['Leg', `${number} of ${of}`],
          ['From', <EntityLink key="f" bundle={bundle} id={leg.from} />],
          ['To', <EntityLink key="o" bundle={bundle} id={leg.to} />],
        ]}
        when={leg.when}
        status={leg.status}
        basis={leg.basis}
        note={leg.note}
      />
      <section className="inspector-section" aria-label="Evidence">
        <h3>Evidence ({leg.evidence.length})</h3>
        <EvidenceList bundle={bundle} spans={leg.evidence} />
      </section>
    </div>
  );
}

import type { Bundle, BundleEvent, Relation } from '../../../bundle/bundle-schema';
import type { IndexedLeg } from '../../../model/bundle-index';
import { describeEvent, describeLeg, describeRelation } from '../../../model/describe-items';
import { relationKindLabel } from '../../../model/relation-kinds';
import { ItemButton } from './item-button';

/** Relations, events and journey legs as selectable rows, under headings with counts. */
export function RelatedLists(props: {
  bundle: Bundle;
  relations: Relation[];
  events: BundleEvent[];
  legs: IndexedLeg[];
}) {
  const { bundle, relations, events, legs } = props;
  return (
    <>
      {relations.length > 0 && (
        <section className="inspector-section" aria-label="Relations">
          <h3>Relations ({relations.length})</h3>
          <ul className="item-list">
            {relations.map((r) => (
              <li key={r.id}>
                <ItemButton
                  selection={{ kind: 'relation', id: r.id }}
                  label={describeRelation(r)}
                  dataAttr="data-relation"
                >
                  <span className={`kind-tag basis-tag basis-${r.basis}`}>
                    {relationKindLabel(r.kind)}
                    {r.basis === 'inferred' ? ', inferred' : ''}
                  </span>{' '}
                  {describeRelation(r)}
                </ItemButton>
              </li>
            ))}
          </ul>
        </section>
      )}
      {events.length > 0 && (
        <section className="inspector-section" aria-label="Events">
          <h3>Events ({events.length})</h3>
          <ul className="item-list">
            {events.map((e) => (
              <li key={e.id}>
                <ItemButton
                  selection={{ kind: 'event', id: e.id }}
                  label={describeEvent(e)}
                  dataAttr="data-event"
                >
                  <span className={`status-tag status-${e.status}`}>{e.status}</span>{' '}
                  {describeEvent(e)}
                </ItemButton>
              </li>
            ))}
          </ul>
        </section>
      )}
      {legs.length > 0 && (
        <section className="inspector-section" aria-label="Journey legs">
          <h3>Journey legs ({legs.length})</h3>
          <ul className="item-list">
            {legs.map((l) => (
              <li key={l.leg.id}>
                <ItemButton
                  selection={{ kind: 'leg', id: l.leg.id }}
                  label={describeLeg(bundle, l)}
                  dataAttr="data-leg"
                >
                  <span className={`status-tag status-${l.leg.status}`}>{l.leg.status}</span>{' '}
                  {describeLeg(bundle, l)}
                </ItemButton>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

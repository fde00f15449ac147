import type { Bundle, Span } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { focusForPassage } from '../../../model/selection-focus';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { KindBadge } from '../../../ui/kind-badge';
import { ItemButton } from './item-button';
import { RelatedLists } from './related-lists';
import type { BundleEvent, Relation } from '../../../bundle/bundle-schema';
import type { IndexedLeg } from '../../../model/bundle-index';

/** What the bundle draws from a passage: who is named in it, and what rests on it as evidence. */
export function PassageCard({ bundle, span }: { bundle: Bundle; span: Span }) {
  const index = indexBundle(bundle);
  const focus = focusForPassage(bundle, span);
  const named = [
    ...new Set(
      bundle.mentions.filter((m) => m.start < span.end && span.start < m.end).map((m) => m.entity),
    ),
  ];
  const relations = [...focus.relations]
    .map((id) => index.relations.get(id))
    .filter((r): r is Relation => !!r);
  const events = [...focus.events]
    .map((id) => index.events.get(id))
    .filter((e): e is BundleEvent => !!e);
  const legs = [...focus.legs].map((id) => index.legs.get(id)).filter((l): l is IndexedLeg => !!l);
  const nothing = named.length + relations.length + events.length + legs.length === 0;
  return (
    <div className="card">
      <blockquote className="passage-quote">
        {bundle.article.text.slice(span.start, span.end)}
      </blockquote>
      {nothing && <p className="muted">The bundle draws nothing from this passage.</p>}
      {named.length > 0 && (
        <section className="inspector-section" aria-label="Named here">
          <h3>Named here ({named.length})</h3>
          <ul className="item-list">
            {named.map((id) => {
              const e = index.entities.get(id);
              if (!e) return null;
              return (
                <li key={id}>
                  <ItemButton
                    selection={{ kind: 'entity', id }}
                    label={`${e.name}, ${ENTITY_KIND_LABEL[e.kind]}`}
                    dataAttr="data-entity"
                  >
                    <KindBadge kind={e.kind} /> {e.name}{' '}
                    <span className="muted">({ENTITY_KIND_LABEL[e.kind]})</span>
                  </ItemButton>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <RelatedLists bundle={bundle} relations={relations} events={events} legs={legs} />
    </div>
  );
}

import { useMemo } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { KindBadge } from '../../../ui/kind-badge';
import { ItemButton } from './item-button';
import { KwicList } from './kwic-list';
import { RelatedLists } from './related-lists';

/** Everything the article says about one entity: summary, every mention in context, links. */
export function EntityCard({ bundle, id }: { bundle: Bundle; id: string }) {
  const index = indexBundle(bundle);
  // Sorted once per entity, not on every redraw of the card (a name may be said 100,000 times).
  const mentions = useMemo(
    () => [...(index.mentionsByEntity.get(id) ?? [])].sort((a, b) => a.start - b.start),
    [index, id],
  );
  const entity = index.entities.get(id);
  if (!entity) return null;
  const relations = index.relationsByEntity.get(id) ?? [];
  const events = index.eventsByEntity.get(id) ?? [];
  const legs = index.legsByEntity.get(id) ?? [];
  const country = entity.country ? index.entities.get(entity.country) : undefined;
  return (
    <div className="card">
      <p className="card-kind">
        <KindBadge kind={entity.kind} /> {ENTITY_KIND_LABEL[entity.kind]}
        {country && (
          <>
            {' · '}
            <ItemButton
              selection={{ kind: 'entity', id: country.id }}
              label={`${country.name}, ${ENTITY_KIND_LABEL[country.kind]}`}
              dataAttr="data-entity"
            >
              {country.name}
            </ItemButton>
          </>
        )}
      </p>
      {entity.summary && <p className="card-summary">{entity.summary}</p>}
      {entity.aliases.length > 0 && (
        <p className="card-aliases">
          Also in the text as: {entity.aliases.map((a) => `“${a}”`).join(', ')}
        </p>
      )}
      <section className="inspector-section" aria-label="Mentions">
        <h3>Mentions ({mentions.length})</h3>
        {mentions.length === 0 ? (
          <p className="muted">Not named in the text; the bundle infers it (see its relations).</p>
        ) : (
          <KwicList key={id} bundle={bundle} mentions={mentions} />
        )}
      </section>
      <RelatedLists bundle={bundle} relations={relations} events={events} legs={legs} />
    </div>
  );
}

import type { Bundle } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { ENTITY_KIND_LABEL } from '../../../model/entity-kinds';
import { KindBadge } from '../../../ui/kind-badge';

export interface PreviewAnchor {
  entityId: string;
  /** Position within the reader, in px. */
  top: number;
  left: number;
  /** Opened by a tap: it stays until the next tap elsewhere (a finger cannot "leave" a name). */
  pinned: boolean;
}

/**
 * A card for a name under the mouse or a finger: who or what it is, before (or as) it is
 * selected. Never for keyboard focus: a card over the next lines would hide the text being read;
 * the name's accessible name says who it is, and Enter opens everything in the inspector.
 */
export function MentionPreview({ bundle, anchor }: { bundle: Bundle; anchor: PreviewAnchor }) {
  const index = indexBundle(bundle);
  const entity = index.entities.get(anchor.entityId);
  if (!entity) return null;
  const country = entity.country ? index.entities.get(entity.country) : undefined;
  const mentions = index.mentionsByEntity.get(entity.id)?.length ?? 0;
  const relations = index.relationsByEntity.get(entity.id)?.length ?? 0;
  return (
    <div
      role="tooltip"
      className="mention-preview"
      data-pinned={anchor.pinned ? 'true' : undefined}
      style={{ top: anchor.top, left: anchor.left }}
    >
      <p className="preview-name">
        <KindBadge kind={entity.kind} /> <strong>{entity.name}</strong>{' '}
        <span className="muted">
          {ENTITY_KIND_LABEL[entity.kind]}
          {country ? ` · ${country.name}` : ''}
        </span>
      </p>
      {entity.summary && <p className="preview-summary">{entity.summary}</p>}
      <p className="preview-counts">
        {mentions} mention{mentions === 1 ? '' : 's'} · {relations} relation
        {relations === 1 ? '' : 's'}
        {anchor.pinned ? ' · selected' : ' · click to select'}
      </p>
    </div>
  );
}

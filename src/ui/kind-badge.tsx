import type { EntityKind } from '../bundle/bundle-schema';
import './kind-badge.css';

/**
 * The kind's shape in its colour, as in the network: circle, rounded square, diamond, triangle,
 * pin. Decorative: the kind is always also said in words beside it.
 */
export function KindBadge({ kind }: { kind: EntityKind }) {
  return (
    <svg
      className={`kind-badge kind-${kind}`}
      width="12"
      height="12"
      viewBox="0 0 12 12"
      aria-hidden="true"
    >
      {kind === 'person' && <circle cx="6" cy="6" r="5" />}
      {kind === 'country' && <rect x="1" y="1" width="10" height="10" rx="2.5" />}
      {kind === 'organization' && <path d="M6 0.5 L11.5 6 L6 11.5 L0.5 6 Z" />}
      {kind === 'media' && <path d="M6 1 L11.5 11 L0.5 11 Z" />}
      {kind === 'place' && (
        <path d="M6 11.5 C2 7 1.5 5.5 1.5 4.5 A4.5 4.5 0 0 1 10.5 4.5 C10.5 5.5 10 7 6 11.5 Z" />
      )}
    </svg>
  );
}

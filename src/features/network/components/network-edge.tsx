import { memo, type KeyboardEvent } from 'react';
import { edgeTone } from '../layout/edge-tone';
import type { NetworkEdgeMark } from '../network-scene';

interface VisualProps {
  item: NetworkEdgeMark;
  /** Hovered or focused (transient, so not in the scene). */
  emphasised: boolean;
}

/** The drawn line of a relation: pattern by basis and status, weight by kind, arrow or bar. */
export const NetworkEdgeLine = memo(function NetworkEdgeLine({ item, emphasised }: VisualProps) {
  const { geometry, edge, subject, dimmed } = item;
  const width = subject || emphasised ? item.strokeWidth + 1.2 : item.strokeWidth;
  return (
    <g
      className="net-edge"
      data-tone={edgeTone(edge)}
      data-pattern={item.pattern}
      data-dimmed={dimmed ? 'true' : undefined}
      data-emphasised={subject || emphasised ? 'true' : undefined}
    >
      {subject && <path className="net-edge-halo" d={geometry.d} strokeWidth={width + 5} />}
      <path
        className="net-edge-line"
        d={geometry.d}
        strokeWidth={width}
        strokeDasharray={item.dasharray ?? undefined}
      />
      {geometry.marker?.kind === 'arrow' && (
        <path className="net-edge-arrow" d={geometry.marker.d} />
      )}
      {geometry.marker?.kind === 'bar' && (
        <path className="net-edge-bar" d={geometry.marker.d} strokeWidth={width + 0.4} />
      )}
    </g>
  );
});

/** Handlers shared by every edge's hit area. */
export interface EdgeHandlers {
  select: (id: string) => void;
  keyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  emphasise: (id: string | null) => void;
}

interface HitProps {
  item: NetworkEdgeMark;
  handlers: EdgeHandlers;
}

/**
 * The clickable, focusable part of a relation: a wide transparent stroke over the thin line, so
 * a one-pixel line is still easy to hit, and the ring keyboard focus draws.
 */
export const NetworkEdgeHit = memo(function NetworkEdgeHit({ item, handlers }: HitProps) {
  const id = item.edge.id;
  const { selected, subject } = item;
  const ariaLabel = item.words.ariaLabel;
  return (
    <g
      className="net-edge-hit"
      role="button"
      tabIndex={0}
      aria-label={ariaLabel}
      data-relation={id}
      data-selected={selected ? 'true' : undefined}
      data-subject={subject ? 'true' : undefined}
      onClick={() => handlers.select(id)}
      onKeyDown={(e) => handlers.keyDown(e, id)}
      onPointerEnter={() => handlers.emphasise(id)}
      onPointerLeave={() => handlers.emphasise(null)}
      onFocus={() => handlers.emphasise(id)}
      onBlur={() => handlers.emphasise(null)}
    >
      <path className="net-edge-target" d={item.geometry.d} />
      <path className="net-edge-focus" d={item.geometry.d} />
    </g>
  );
});

import { memo, type KeyboardEvent } from 'react';
import { edgeTone } from '../layout/edge-tone';
import { tieAttribute } from '../graph/derived-ties';
import type { NetworkEdgeGeometry } from '../network-geometry';

/** Handlers shared by every edge, so each edge's props stay stable and memo holds. */
export interface EdgeHandlers {
  select: (id: string) => void;
  keyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  /** Hovered or focused: the edge thickens and shows its words (null: none). */
  emphasise: (id: string | null) => void;
  /** Focus landed on the relation: the relations' Tab stop moves to it. */
  focus: (id: string) => void;
}

interface LineProps {
  item: NetworkEdgeGeometry;
  subject: boolean;
  dimmed: boolean;
  /** Hovered or focused (transient, so not in the scene). */
  emphasised: boolean;
  handlers: EdgeHandlers;
}

/**
 * The drawn line of a relation: pattern by basis and status, weight by kind, arrow or bar, and
 * a wide transparent stroke that takes the pointer. It lies under the nodes, so a click on a
 * node (or where nodes overlap) always reaches the node; keyboard focus goes to the relation's
 * button above the nodes (NetworkEdgeButton).
 */
export const NetworkEdgeLine = memo(function NetworkEdgeLine(props: LineProps) {
  const { item, subject, dimmed, emphasised, handlers } = props;
  const { geometry, edge } = item;
  const id = edge.id;
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
      {/* The pointer's target; the button above (same relation) is the accessible one. */}
      <path
        className="net-edge-target"
        d={geometry.d}
        data-hit-relation={id}
        onClick={() => handlers.select(id)}
        onPointerEnter={() => handlers.emphasise(id)}
        onPointerLeave={() => handlers.emphasise(null)}
      />
    </g>
  );
});

interface ButtonProps {
  item: NetworkEdgeGeometry;
  selected: boolean;
  subject: boolean;
  /** Holds the relations' one Tab stop (roving tabindex); arrow keys walk the others. */
  current: boolean;
  handlers: EdgeHandlers;
}

/**
 * The relation as a focusable button, after the nodes so Tab reaches the nodes first; the
 * relations are one Tab stop, the arrow keys walking them in order. It
 * takes no pointer events (the line under the nodes does), so it never covers a node; it draws
 * the focus ring along the line.
 */
export const NetworkEdgeButton = memo(function NetworkEdgeButton(props: ButtonProps) {
  const { item, selected, subject, current, handlers } = props;
  const id = item.edge.id;
  return (
    <g
      className="net-edge-hit"
      role="button"
      tabIndex={current ? 0 : -1}
      aria-label={item.words.ariaLabel}
      {...{ [tieAttribute(item.edge.from)]: id }}
      // Its words show on hover, focus and selection (docs/network.md, "Interaction").
      data-label-lod="relation-words-on-demand"
      data-selected={selected ? 'true' : undefined}
      data-subject={subject ? 'true' : undefined}
      onKeyDown={(e) => handlers.keyDown(e, id)}
      onFocus={() => {
        handlers.emphasise(id);
        handlers.focus(id);
      }}
      onBlur={() => handlers.emphasise(null)}
    >
      <path className="net-edge-focus" d={item.geometry.d} />
    </g>
  );
});

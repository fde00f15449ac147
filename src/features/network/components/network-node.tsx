import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import type { NetworkNodeGeometry } from '../network-geometry';

/** Handlers shared by every node, so each node's props stay stable and memo holds. */
export interface NodeHandlers {
  select: (id: string) => void;
  keyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  pointerDown: (event: PointerEvent<SVGGElement>, id: string) => void;
  pointerMove: (event: PointerEvent<SVGGElement>) => void;
  pointerUp: (event: PointerEvent<SVGGElement>) => void;
  register: (id: string, element: SVGGElement | null) => void;
  /** Focus landed on the node: the diagram's one Tab stop moves to it. */
  focus: (id: string) => void;
}

interface Props {
  /** The node's geometry: shape, label and words (the same object until the layout changes). */
  item: NetworkNodeGeometry;
  /** The selection concerns it (data-selected). */
  selected: boolean;
  /** The selection names it: the ring and the bold label. */
  subject: boolean;
  dimmed: boolean;
  /** Holds the nodes' one Tab stop (roving tabindex); arrow keys reach the others. */
  current: boolean;
  handlers: NodeHandlers;
}

/**
 * One entity: its shape by kind, a selection ring, and its label, all one focusable button.
 * Memoised on primitives and stable objects, so a click redraws only the nodes whose flags moved.
 */
export const NetworkNode = memo(function NetworkNode(props: Props) {
  const { item, selected, subject, dimmed, current, handlers } = props;
  const { node, label, ariaLabel, tooltip, pinned } = item;
  return (
    <g
      ref={(el) => handlers.register(node.id, el)}
      className="net-node"
      transform={`translate(${Math.round(item.x * 10) / 10},${Math.round(item.y * 10) / 10})`}
      role="button"
      tabIndex={current ? 0 : -1}
      // A skip link or F6 lands here, past the toolbar: straight on the marks.
      data-focus-entry={current ? 'true' : undefined}
      aria-label={ariaLabel}
      data-entity={node.id}
      data-kind={node.kind}
      data-selected={selected ? 'true' : undefined}
      data-subject={subject ? 'true' : undefined}
      data-dimmed={dimmed ? 'true' : undefined}
      data-pinned={pinned ? 'true' : undefined}
      data-label-lod={label ? undefined : 'no-room'}
      onClick={() => handlers.select(node.id)}
      onKeyDown={(e) => handlers.keyDown(e, node.id)}
      onFocus={() => handlers.focus(node.id)}
      onPointerDown={(e) => handlers.pointerDown(e, node.id)}
      onPointerMove={handlers.pointerMove}
      onPointerUp={handlers.pointerUp}
      onPointerCancel={handlers.pointerUp}
    >
      <title>{tooltip}</title>
      <path className="net-node-ring" d={item.ring} />
      <path className="net-node-shape" d={item.shape} data-mark-for={node.id} />
      {label && (
        <>
          {label.leader && (
            <path
              className="net-leader"
              data-leader-for={node.id}
              d={`M${label.leader.x1 - item.x},${label.leader.y1 - item.y}L${label.leader.x2 - item.x},${label.leader.y2 - item.y}`}
            />
          )}
          <text
            className={`net-label${label.bold ? ' net-label-strong' : ''}`}
            textAnchor={label.anchor}
            fontSize={label.fontSize}
            data-label-for={node.id}
          >
            {label.lines.map((line, i) => (
              <tspan key={i} x={label.x - item.x} y={label.y - item.y + i * label.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </>
      )}
    </g>
  );
});

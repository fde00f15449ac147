import { memo, type KeyboardEvent } from 'react';
import type { MapFocusKey } from '../geo/focus-order';
import type { ClusterMark as Cluster } from '../geo/map-clusters';
import { onActivateKey } from './activate-keys';

interface Props {
  cluster: Cluster;
  /** Holds the map's one Tab stop (roving tabindex). */
  current: boolean;
  /** A count that lists its places: whether its list is open. */
  expanded: boolean | undefined;
  onOpen: (cluster: Cluster) => void;
  onFocusItem: (key: MapFocusKey) => void;
  onNavigate: (from: MapFocusKey, event: KeyboardEvent<Element>) => void;
}

/**
 * A count of places that would pile up at this zoom: a disc with its number, a button named
 * "38 places: …; zoom in" that zooms to them, or at the deepest zoom "…; list them" that opens
 * the list of its places. Ringed (data-selected) when the selection
 * concerns a place inside it.
 */
export const ClusterMark = memo(function ClusterMark({ cluster: c, current, ...props }: Props) {
  const [x, y] = c.at;
  const key: MapFocusKey = `cluster:${c.id}`;
  const open = () => props.onOpen(c);
  const activate = onActivateKey(open);
  const action = c.splits ? 'zoom in' : 'list them';
  return (
    <g
      className={`map-cluster${c.subject ? ' is-selected' : ''}${c.dimmed ? ' is-dimmed' : ''}`}
      role="button"
      tabIndex={current ? 0 : -1}
      aria-label={`${c.name}; ${action}`}
      data-cluster={c.id}
      data-count={c.count}
      data-splits={c.splits ? undefined : 'false'}
      aria-haspopup={c.splits ? undefined : 'dialog'}
      aria-expanded={props.expanded}
      data-selected={c.selected ? 'true' : undefined}
      data-subject={c.subject ? 'true' : undefined}
      data-focus-entry={current ? 'true' : undefined}
      onClick={open}
      onFocus={() => props.onFocusItem(key)}
      onKeyDown={(event) => {
        activate(event);
        if (!event.defaultPrevented) props.onNavigate(key, event);
      }}
    >
      <title>{`${c.name}. Click to ${action}.`}</title>
      <circle className="map-cluster-ring" cx={x} cy={y} r={c.r + 4} />
      <circle className="map-cluster-disc" cx={x} cy={y} r={c.r} />
      <text
        className="map-cluster-count"
        x={x}
        y={y + c.font * 0.36}
        textAnchor="middle"
        fontSize={c.font}
        aria-hidden="true"
      >
        {c.count}
      </text>
    </g>
  );
});

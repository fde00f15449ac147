import { memo, type KeyboardEvent } from 'react';
import type { MapFocusKey } from '../geo/focus-order';
import type { MapType } from '../geo/map-type';
import type { MapPlaceMark } from '../map-scene-types';
import { onActivateKey } from './activate-keys';
import { MapLabelText } from './map-label-text';

interface Props {
  place: MapPlaceMark;
  type: MapType;
  /** The entity holding the map's one Tab stop (roving tabindex), if it is drawn here. */
  current: string | null;
  onSelect: (entity: string) => void;
  onFocusItem: (key: MapFocusKey) => void;
  /** Hovered (a key) or left (null): its name shows while it is. */
  onActive: (key: MapFocusKey | null) => void;
  onNavigate: (from: MapFocusKey, event: KeyboardEvent<Element>) => void;
}

function Marker({ place }: { place: MapPlaceMark }) {
  const [x, y] = place.at;
  const r = place.size;
  // Every entity drawn at this point shares the marker: the layout checks find it by any of them.
  const hooks = { 'data-mark-for': place.targets.map((t) => t.id).join(' ') };
  switch (place.marker) {
    case 'pointer':
      return place.pointer ? (
        <path
          className="map-pointer"
          d={place.pointer}
          {...hooks}
          data-off-map={place.edge ?? undefined}
        />
      ) : null;
    case 'square':
      return (
        <rect className="map-square" x={x - r / 2} y={y - r / 2} width={r} height={r} {...hooks} />
      );
    case 'dot':
      return <circle className="map-dot" cx={x} cy={y} r={r} {...hooks} />;
    case 'context':
      return <circle className="map-dot is-context" cx={x} cy={y} r={r} {...hooks} />;
    default:
      return null;
  }
}

/**
 * A dot (a place, or a country at its capital) or, when off the view, an arrow at the edge;
 * with its label. Each entity at the dot is its own button: at Pyongyang, "Pyongyang" selects
 * the city and "NORTH KOREA" beneath it the country.
 */
export const PlaceMark = memo(function PlaceMark({ place, type, current, ...props }: Props) {
  const [x, y] = place.at;
  return (
    <g className={`map-place${place.dimmed ? ' is-dimmed' : ''}`}>
      {place.label && (
        <MapLabelText label={place.label} type={type} owner={place.id} leader leaderOnly />
      )}
      {place.targets.map((t, i) => {
        const select = () => props.onSelect(t.id);
        const activate = onActivateKey(select);
        const key: MapFocusKey = `entity:${t.id}`;
        const here = current === t.id;
        return (
          <g
            key={t.id}
            className={`map-target${t.subject ? ' is-selected' : ''}`}
            role="button"
            tabIndex={here ? 0 : -1}
            aria-label={t.name}
            data-entity={t.id}
            data-selected={t.selected ? 'true' : undefined}
            data-subject={t.subject ? 'true' : undefined}
            data-focus-entry={here ? 'true' : undefined}
            data-label-lod={place.label ? undefined : (place.labelRule ?? undefined)}
            onClick={select}
            onFocus={() => props.onFocusItem(key)}
            onBlur={() => props.onActive(null)}
            onMouseEnter={() => props.onActive(key)}
            onMouseLeave={() => props.onActive(null)}
            onKeyDown={(event) => {
              activate(event);
              if (!event.defaultPrevented) props.onNavigate(key, event);
            }}
          >
            {/* The whole name is a target, not just its glyphs; label boxes never overlap, so
                neither do these (the dot's own target stays small: Moscow's airport is 3 px away). */}
            {t.hit && (
              <rect
                className="map-hit"
                x={t.hit.x}
                y={t.hit.y}
                width={t.hit.width}
                height={t.hit.height}
              />
            )}
            <circle className="map-ring" cx={x} cy={y} r={t.ring} />
            {i === 0 && <Marker place={place} />}
            {place.label && (
              <MapLabelText label={place.label} type={type} owner={place.id} entity={t.id} />
            )}
          </g>
        );
      })}
    </g>
  );
});

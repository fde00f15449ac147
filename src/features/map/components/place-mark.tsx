import { memo } from 'react';
import type { MapType } from '../geo/map-type';
import type { MapPlaceMark } from '../map-scene-types';
import { onActivateKey } from './activate-keys';
import { MapLabelText } from './map-label-text';

interface Props {
  place: MapPlaceMark;
  type: MapType;
  onSelect: (entity: string) => void;
}

function Marker({ place }: { place: MapPlaceMark }) {
  const [x, y] = place.at;
  const r = place.size;
  switch (place.marker) {
    case 'pointer':
      return place.pointer ? <path className="map-pointer" d={place.pointer} /> : null;
    case 'square':
      return <rect className="map-square" x={x - r / 2} y={y - r / 2} width={r} height={r} />;
    case 'dot':
      return <circle className="map-dot" cx={x} cy={y} r={r} />;
    case 'context':
      return <circle className="map-dot is-context" cx={x} cy={y} r={r} />;
    default:
      return null;
  }
}

/**
 * A dot (a place, or a country at its capital) or, when off the view, an arrow at the edge;
 * with its label. Each entity at the dot is its own button: at Pyongyang, "Pyongyang" selects
 * the city and "NORTH KOREA" beneath it the country.
 */
export const PlaceMark = memo(function PlaceMark({ place, type, onSelect }: Props) {
  const [x, y] = place.at;
  return (
    <g className={`map-place${place.dimmed ? ' is-dimmed' : ''}`}>
      {place.label && <MapLabelText label={place.label} type={type} leader leaderOnly />}
      {place.targets.map((t, i) => {
        const select = () => onSelect(t.id);
        return (
          <g
            key={t.id}
            className={`map-target${t.subject ? ' is-selected' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={t.name}
            data-entity={t.id}
            data-selected={t.selected ? 'true' : undefined}
            data-subject={t.subject ? 'true' : undefined}
            onClick={select}
            onKeyDown={onActivateKey(select)}
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
            {place.label && <MapLabelText label={place.label} type={type} entity={t.id} />}
          </g>
        );
      })}
    </g>
  );
});

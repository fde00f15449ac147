import { memo } from 'react';
import { labelLines, lineBox, pointerPath, unionBox } from '../geo/label-geometry';
import { MARK, type OverlayDot, type OverlayLabel } from '../geo/map-overlay';
import { onActivateKey } from './activate-keys';
import { MapLabelText } from './map-label-text';

interface Props {
  dot: OverlayDot;
  label: OverlayLabel | undefined;
  names: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  /** Entities the selection concerns (data-selected), the selected ones among them. */
  concerned: ReadonlySet<string>;
  /** Some selection is active and this dot is not part of it. */
  dimmed: boolean;
  onSelect: (entity: string) => void;
}

/**
 * A dot (a place, or a country at its capital) or, when off the view, an arrow at the edge;
 * with its label. Each entity at the dot is its own button: at Pyongyang, "Pyongyang" selects
 * the city and "NORTH KOREA" beneath it the country.
 */
export const PlaceMark = memo(function PlaceMark({
  dot,
  label,
  names,
  selected,
  concerned,
  dimmed,
  onSelect,
}: Props) {
  const at = dot.pointer ? dot.pointer.at : dot.at;
  const marker = dot.pointer ? (
    <path className="map-pointer" d={pointerPath(dot.pointer.at, dot.pointer.angle)} />
  ) : dot.kind === 'country' ? (
    <rect
      className="map-square"
      x={at[0] - MARK.square / 2}
      y={at[1] - MARK.square / 2}
      width={MARK.square}
      height={MARK.square}
    />
  ) : dot.primary ? (
    <circle className="map-dot" cx={at[0]} cy={at[1]} r={MARK.dot} />
  ) : label && !label.hidden ? (
    // A place named in passing (a region) is marked only where its name can be shown too:
    // a bare ring among arrows says nothing.
    <circle className="map-dot is-context" cx={at[0]} cy={at[1]} r={3.5} />
  ) : null;
  return (
    <g className={`map-place${dimmed ? ' is-dimmed' : ''}`}>
      {label && <MapLabelText label={{ ...label, lines: [] }} leader />}
      {dot.entities.map((entity, i) => {
        const isSelected = selected.has(entity);
        const select = () => onSelect(entity);
        // The whole name is a target, not just its glyphs; label boxes never overlap, so
        // neither do these (the dot's own target stays small: Moscow's airport is 3 px away).
        const lines =
          label && !label.hidden ? labelLines(label).filter((l) => l.entity === entity) : [];
        const hit = unionBox(lines.map(lineBox));
        return (
          <g
            key={entity}
            className={`map-target${isSelected ? ' is-selected' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={names.get(entity) ?? entity}
            data-entity={entity}
            data-selected={isSelected || concerned.has(entity) ? 'true' : undefined}
            data-subject={isSelected ? 'true' : undefined}
            onClick={select}
            onKeyDown={onActivateKey(select)}
          >
            {hit && (
              <rect className="map-hit" x={hit.x} y={hit.y} width={hit.width} height={hit.height} />
            )}
            <circle className="map-ring" cx={at[0]} cy={at[1]} r={MARK.dot + 4 + i * 3} />
            {i === 0 && marker}
            {label && <MapLabelText label={label} entity={entity} />}
          </g>
        );
      })}
    </g>
  );
});

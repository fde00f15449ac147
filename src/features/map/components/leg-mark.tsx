import { memo, type KeyboardEvent } from 'react';
import type { MapFocusKey } from '../geo/focus-order';
import { TRAVELLER_COLOURS } from '../export/map-palette';
import type { MapType } from '../geo/map-type';
import type { MapLegMark } from '../map-scene-types';
import { onActivateKey } from './activate-keys';

interface Props {
  leg: MapLegMark;
  type: MapType;
  /** Being drawn by "Play journey": a key that changes for every new draw. */
  drawKey: string | null;
  /** The map's one Tab stop is on this leg (roving tabindex). */
  current: boolean;
  onSelect: (id: string) => void;
  onFocusItem: (key: MapFocusKey) => void;
  /** Hovered (a key) or left (null): its words show while it is. */
  onActive: (key: MapFocusKey | null) => void;
  onNavigate: (from: MapFocusKey, event: KeyboardEvent<Element>) => void;
}

/** The class that sets a traveller's colour (--leg, from the palette table). */
export function travellerClass(index: number): string {
  return `traveller-${(index % TRAVELLER_COLOURS) + 1}`;
}

/**
 * One journey leg: a wide invisible hit line, the arc with its halo, the arrowhead and the
 * numbered marker at its middle. A button: click, Enter or Space selects it.
 */
export const LegMark = memo(function LegMark({ leg, type, drawKey, current, ...props }: Props) {
  const { d, arrow, mid } = leg;
  const key: MapFocusKey = `leg:${leg.id}`;
  const select = () => props.onSelect(leg.id);
  const activate = onActivateKey(select);
  const maskId = drawKey ? `map-draw-${leg.id}` : undefined;
  const classes = [
    'map-leg',
    travellerClass(leg.traveller.index),
    `style-${leg.style}`,
    leg.subject ? 'is-selected' : '',
    leg.dimmed ? 'is-dimmed' : '',
    leg.lit ? 'is-lit' : '',
  ].filter(Boolean);
  return (
    <g
      className={classes.join(' ')}
      role="button"
      tabIndex={current ? 0 : -1}
      aria-label={leg.name}
      data-leg={leg.id}
      data-selected={leg.selected ? 'true' : undefined}
      data-subject={leg.subject ? 'true' : undefined}
      data-focus-entry={current ? 'true' : undefined}
      data-label-lod={leg.label ? undefined : (leg.labelRule ?? undefined)}
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
      {maskId && (
        <mask
          id={maskId}
          key={drawKey}
          maskUnits="userSpaceOnUse"
          x="-10000"
          y="-10000"
          width="20000"
          height="20000"
        >
          <path className="map-draw-mask" d={d} pathLength={1} />
        </mask>
      )}
      <path className="map-leg-hit" d={d} />
      <path className="map-leg-focus" d={d} />
      <g mask={maskId ? `url(#${maskId})` : undefined}>
        <path className="map-leg-halo" d={d} />
        <path className="map-leg-line" d={d} strokeDasharray={leg.dash ?? undefined} />
        {arrow && <path className="map-leg-arrow" d={arrow} data-mark-for={leg.id} />}
        {mid && (
          <>
            <circle
              className="map-leg-mid"
              cx={mid[0]}
              cy={mid[1]}
              r={type.marks.mid}
              data-mark-for={leg.id}
            />
            <text
              className="map-leg-number"
              x={mid[0]}
              y={mid[1] + type.number * 0.36}
              textAnchor="middle"
              fontSize={type.number}
            >
              {leg.number}
            </text>
          </>
        )}
      </g>
    </g>
  );
});

import { memo } from 'react';
import { LEG_DASH } from '../geo/leg-style';
import { MARK, type OverlayLeg } from '../geo/map-overlay';
import { onActivateKey } from './activate-keys';

interface Props {
  item: OverlayLeg;
  /** The leg the selection names. */
  selected: boolean;
  /** The selection concerns it (the leg itself, or a traveller's or a place's legs). */
  concerned: boolean;
  dimmed: boolean;
  /** Drawn from the passage the reader is hovering. */
  lit: boolean;
  /** Being drawn by "Play journey": a key that changes for every new draw. */
  drawKey: string | null;
  onSelect: (id: string) => void;
}

/** The number of colours in the traveller palette (map.css defines --map-traveller-1…6). */
export const TRAVELLER_COLOURS = 6;

/**
 * One journey leg: a wide invisible hit line, the arc with its halo, the arrowhead and the
 * numbered marker at its middle. A button: click, Enter or Space selects it.
 */
export const LegMark = memo(function LegMark({
  item,
  selected,
  concerned,
  dimmed,
  lit,
  drawKey,
  onSelect,
}: Props) {
  const { leg, d, arrow, mid } = item;
  const select = () => onSelect(leg.id);
  const maskId = drawKey ? `map-draw-${leg.id}` : undefined;
  const classes = [
    'map-leg',
    `traveller-${(leg.travelerIndex % TRAVELLER_COLOURS) + 1}`,
    `style-${leg.style}`,
    selected ? 'is-selected' : '',
    dimmed ? 'is-dimmed' : '',
    lit ? 'is-lit' : '',
  ].filter(Boolean);
  return (
    <g
      className={classes.join(' ')}
      role="button"
      tabIndex={0}
      aria-label={leg.name}
      data-leg={leg.id}
      data-selected={selected || concerned ? 'true' : undefined}
      data-subject={selected ? 'true' : undefined}
      onClick={select}
      onKeyDown={onActivateKey(select)}
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
        <path className="map-leg-line" d={d} strokeDasharray={LEG_DASH[leg.style] ?? undefined} />
        <path className="map-leg-arrow" d={arrow} />
        <circle className="map-leg-mid" cx={mid[0]} cy={mid[1]} r={MARK.mid} />
        <text className="map-leg-number" x={mid[0]} y={mid[1] + 3.6} textAnchor="middle">
          {leg.number}
        </text>
      </g>
    </g>
  );
});

import type { KeyboardEvent, Ref } from 'react';
import type { BaseMapPaths } from '../geo/base-map-paths';
import type { Overlay } from '../geo/map-overlay';
import type { ScaleBar, ViewTransform } from '../geo/scale-bar';
import { BaseMap, type ShadedCountry } from './base-map';
import { LegMark, TRAVELLER_COLOURS } from './leg-mark';
import { MapLabelText } from './map-label-text';
import { PlaceMark } from './place-mark';

const NONE: ReadonlySet<string> = new Set();

/** How the current selection and hover touch each item. */
export interface MapEmphasis {
  active: boolean;
  selected: ReadonlySet<string>;
  /** Items the selection concerns (kept clear while the rest dims). */
  focus: ReadonlySet<string>;
  /** Legs drawn from the hovered passage. */
  lit: ReadonlySet<string>;
}

interface Props {
  svgRef: Ref<SVGSVGElement>;
  size: { width: number; height: number };
  paths: BaseMapPaths;
  shaded: ShadedCountry[];
  baseTransform: ViewTransform;
  overlay: Overlay;
  emphasis: MapEmphasis;
  names: ReadonlyMap<string, string>;
  drawing: { leg: string; key: string } | null;
  scaleBar: ScaleBar | null;
  onSelectLeg: (id: string) => void;
  onSelectEntity: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
}

/** The map picture: base map, legs, leg labels, places, scale bar. React draws every element. */
export function MapSvg({ svgRef, ...props }: Props) {
  const { size, overlay, emphasis } = props;
  const labelsByOwner = new Map(overlay.labels.map((l) => [l.owner, l]));
  return (
    // A focusable group: arrow keys pan and +/− zoom while it has focus (a map widget has no
    // ARIA role of its own).
    <svg
      ref={svgRef}
      className="map-svg"
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
      role="group"
      aria-label="Map of places and journeys. Arrow keys pan, plus and minus zoom."
      tabIndex={0}
      onKeyDown={props.onKeyDown}
    >
      <rect className="map-space" width={size.width} height={size.height} />
      <BaseMap
        paths={props.paths}
        shaded={props.shaded}
        transform={props.baseTransform}
        focused={emphasis.active ? emphasis.focus : new Set()}
      />
      <g className="map-legs">
        {overlay.legs
          .filter((l) => !l.hidden)
          .map((l) => (
            <LegMark
              key={l.leg.id}
              item={l}
              selected={emphasis.selected.has(l.leg.id)}
              concerned={emphasis.active && emphasis.focus.has(l.leg.id)}
              dimmed={emphasis.active && !emphasis.focus.has(l.leg.id)}
              lit={emphasis.lit.has(l.leg.id)}
              drawKey={props.drawing?.leg === l.leg.id ? props.drawing.key : null}
              onSelect={props.onSelectLeg}
            />
          ))}
      </g>
      <g className="map-leg-labels" aria-hidden="true">
        {overlay.legs
          .filter((l) => !l.hidden)
          .map((l) => {
            const label = labelsByOwner.get(l.leg.id);
            if (!label) return null;
            const dim = emphasis.active && !emphasis.focus.has(l.leg.id);
            const colour = `traveller-${(l.leg.travelerIndex % TRAVELLER_COLOURS) + 1}`;
            return (
              <g key={l.leg.id} className={`map-leg-label ${colour}${dim ? ' is-dimmed' : ''}`}>
                <MapLabelText label={label} leader />
              </g>
            );
          })}
      </g>
      <g className="map-places">
        {overlay.dots.map((d) => (
          <PlaceMark
            key={d.id}
            dot={d}
            label={labelsByOwner.get(d.id)}
            names={props.names}
            selected={emphasis.selected}
            concerned={emphasis.active ? emphasis.focus : NONE}
            dimmed={emphasis.active && !d.entities.some((e) => emphasis.focus.has(e))}
            onSelect={props.onSelectEntity}
          />
        ))}
      </g>
      {props.scaleBar && (
        <g className="map-scale" transform={`translate(16,${size.height - 18})`}>
          <title>Scale true at the centre of the view, measured east–west</title>
          <path d={`M0,-4V0H${props.scaleBar.px}V-4`} />
          <text x="0" y="-8">
            {props.scaleBar.label}
          </text>
        </g>
      )}
    </svg>
  );
}

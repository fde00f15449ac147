import type { KeyboardEvent, Ref } from 'react';
import type { MapScene } from '../map-scene-types';
import { BaseMap } from './base-map';
import { LegMark, travellerClass } from './leg-mark';
import { MapLabelText } from './map-label-text';
import { PlaceMark } from './place-mark';

interface Props {
  svgRef: Ref<SVGSVGElement>;
  scene: MapScene;
  /** The leg "Play journey" is drawing in, with a key that changes for every new draw. */
  drawing: { leg: string; key: string } | null;
  onSelectLeg: (id: string) => void;
  onSelectEntity: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
}

/**
 * The map picture: base map, legs, leg labels, places, scale bar, each drawn from the scene's
 * marks. React draws every element; the only thing not in the scene is the screen's own
 * furniture (focus rings, the draw-in mask of a played leg, hit areas).
 */
export function MapSvg({ svgRef, scene, drawing, ...props }: Props) {
  const { width, height, type } = scene;
  return (
    // A focusable group: arrow keys pan and +/− zoom while it has focus (a map widget has no
    // ARIA role of its own).
    <svg
      ref={svgRef}
      className="map-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Map of places and journeys. Arrow keys pan, plus and minus zoom."
      tabIndex={0}
      onKeyDown={props.onKeyDown}
    >
      <rect className="map-space" width={width} height={height} />
      <BaseMap base={scene.base} />
      <g className="map-legs">
        {scene.legs.map((l) => (
          <LegMark
            key={l.id}
            leg={l}
            type={type}
            drawKey={drawing?.leg === l.id ? drawing.key : null}
            onSelect={props.onSelectLeg}
          />
        ))}
      </g>
      <g className="map-leg-labels" aria-hidden="true">
        {scene.legs.map((l) =>
          l.label ? (
            <g
              key={l.id}
              className={`map-leg-label ${travellerClass(l.traveller.index)}${l.dimmed ? ' is-dimmed' : ''}`}
            >
              <MapLabelText label={l.label} type={type} leader />
            </g>
          ) : null,
        )}
      </g>
      <g className="map-places">
        {scene.places.map((p) => (
          <PlaceMark key={p.id} place={p} type={type} onSelect={props.onSelectEntity} />
        ))}
      </g>
      {scene.scaleBar && (
        <g className="map-scale">
          <title>Scale true at the centre of the view, measured east–west</title>
          <path
            d={`M${scene.scaleBar.x},${scene.scaleBar.y - 4}V${scene.scaleBar.y}H${scene.scaleBar.x + scene.scaleBar.px}V${scene.scaleBar.y - 4}`}
          />
          <text x={scene.scaleBar.x} y={scene.scaleBar.y - 8} fontSize={type.scaleLabel}>
            {scene.scaleBar.label}
          </text>
        </g>
      )}
    </svg>
  );
}

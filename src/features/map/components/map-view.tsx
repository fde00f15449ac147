import { formatPartialDate } from '../../../model/format-date';
import { useCallback, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import { useHoverFocus, useSelectionFocus } from '../../../view-state/focus-context';
import { useViewState } from '../../../view-state/use-view-state';
import { mapThemeStyle } from '../export/map-theme-style';
import { playOrder } from '../geo/leg-order';
import { MAX_ZOOM, MIN_ZOOM } from '../geo/map-frame';
import { mapModel } from '../geo/map-model';
import { buildMapScene } from '../map-scene';
import type { MapSceneOptions } from '../map-scene-types';
import { ItineraryTable } from './itinerary-table';
import { MapLegend } from './map-legend';
import { MapSvg } from './map-svg';
import { MapToolbar } from './map-toolbar';
import { useElementSize } from '../../../ui/use-element-size';
import { useJourneyPlayer } from './use-journey-player';
import { useMapExport } from './use-map-export';
import { useZoom } from '../../../ui/use-zoom';
import '../map.css';

const ZOOM_STEP = 1.5;
const ZOOM_EXTENT = [MIN_ZOOM, MAX_ZOOM] as const;
/** The zoom buttons' corner (see .map-zoom in map-panels.css): labels keep clear of it. */
const ZOOM_BOX = { width: 112, height: 120 };
/** The map's colours, from the palette table both themes share with the SVG writer. */
const THEME_STYLE = mapThemeStyle() as CSSProperties;

/**
 * Where the story happens and how people moved: places, every journey leg as a great-circle
 * arc, the parties shaded by grouping. Every mark is the scene's (buildMapScene): React draws
 * it; d3-zoom only reports the pan and zoom. Selection comes from and goes to the URL; hover
 * comes from the reader.
 */
export function MapView({ bundle }: ViewProps) {
  const { state, update } = useViewState();
  const result = useSelectionFocus();
  const hoverFocus = useHoverFocus();
  const model = mapModel(bundle);

  const stageRef = useRef<HTMLDivElement>(null);
  const [svgElement, setSvgElement] = useState<SVGSVGElement | null>(null);
  const size = useElementSize(stageRef);
  const zoom = useZoom(svgElement, { scaleExtent: ZOOM_EXTENT, bounds: size });
  const [showTable, setShowTable] = useState(false);
  const [traveller, setTraveller] = useState(model.travellers[0]?.id ?? '');

  const selectLeg = useCallback(
    (id: string, replace = false) => update({ selection: { kind: 'leg', id } }, { replace }),
    [update],
  );
  const selectEntity = useCallback(
    (id: string) => update({ selection: { kind: 'entity', id } }),
    [update],
  );
  const player = useJourneyPlayer(state.selection, selectLeg);
  const { playing } = player;

  const options = useMemo(
    (): MapSceneOptions => ({
      zoom: zoom.transform,
      ...(result.ok ? { focus: result.focus } : {}),
      hover: hoverFocus,
      playback: playing ? { legs: playing.legs, step: playing.step } : null,
      reserved: [{ x: size.width - ZOOM_BOX.width, y: 0, ...ZOOM_BOX }],
    }),
    [zoom.transform, result, hoverFocus, playing, size.width],
  );
  // The screen keeps the base map's paths for the whole bundle and moves them by a transform.
  const scene = useMemo(
    () =>
      size.width > 0 && size.height > 0
        ? buildMapScene(bundle, state, size, { ...options, basemap: 'shared' })
        : null,
    [bundle, state, size, options],
  );
  const exporter = useMapExport(bundle, state, size, options);

  const currentLeg = playing
    ? model.legs.find((l) => l.id === playing.legs[playing.step])
    : undefined;
  const shown = scene ? scene.legCount - scene.hiddenLegs.length : model.legs.length;
  const asOfStatus = state.asOf
    ? `As of ${formatPartialDate(state.asOf)}: ${shown} of ${model.legs.length} legs shown`
    : '';
  const status = currentLeg ? `Playing: ${currentLeg.name}` : exporter.message || asOfStatus;
  const selectedLeg = state.selection?.kind === 'leg' ? state.selection.id : null;

  return (
    <div className={`map-view${showTable ? ' with-table' : ''}`} style={THEME_STYLE}>
      <MapToolbar
        travellers={model.travellers}
        traveller={traveller}
        onTraveller={setTraveller}
        playing={playing !== null}
        onPlay={() => player.play(traveller, playOrder(bundle, traveller))}
        onStop={player.stop}
        showTable={showTable}
        onToggleTable={() => setShowTable((v) => !v)}
        onExport={exporter.run}
        exporting={exporter.busy}
      />
      <div className="map-stage" ref={stageRef}>
        <p className="map-status" role="status">
          {status}
        </p>
        <div className="map-zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            className="button map-zoom-step"
            aria-label="Zoom in"
            onClick={() => zoom.zoomBy(ZOOM_STEP)}
          >
            +
          </button>
          <button
            type="button"
            className="button map-zoom-step"
            aria-label="Zoom out"
            onClick={() => zoom.zoomBy(1 / ZOOM_STEP)}
          >
            −
          </button>
          <button type="button" className="button" onClick={zoom.reset}>
            Reset view
          </button>
        </div>
        {scene && (
          <MapSvg
            svgRef={setSvgElement}
            scene={scene}
            drawing={
              playing && currentLeg && !playing.reducedMotion
                ? { leg: currentLeg.id, key: `${playing.run}-${playing.step}` }
                : null
            }
            onSelectLeg={selectLeg}
            onSelectEntity={selectEntity}
            onKeyDown={zoom.onKeyDown}
          />
        )}
      </div>
      {scene && <MapLegend legend={scene.legend} />}
      {showTable && (
        <ItineraryTable
          bundle={bundle}
          selectedLeg={selectedLeg}
          drawn={new Set(model.legs.map((l) => l.id))}
          onSelect={selectLeg}
        />
      )}
    </div>
  );
}

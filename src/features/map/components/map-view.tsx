import { isKnownBy } from '../../../model/as-of';
import { formatPartialDate } from '../../../model/format-date';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import { indexBundle } from '../../../model/bundle-index';
import { useHoverFocus, useSelectionFocus } from '../../../view-state/focus-context';
import { useViewState } from '../../../view-state/use-view-state';
import { playOrder } from '../geo/leg-order';
import { baseLayout, MAX_ZOOM, MIN_ZOOM } from '../geo/map-frame';
import { layoutOverlay } from '../geo/map-overlay';
import { legendForView } from '../geo/legend-model';
import { scaleBar } from '../geo/scale-bar';
import { ItineraryTable } from './itinerary-table';
import { MapLegend } from './map-legend';
import { MapSvg, type MapEmphasis } from './map-svg';
import { MapToolbar } from './map-toolbar';
import { useElementSize } from '../../../ui/use-element-size';
import { useJourneyPlayer } from './use-journey-player';
import { useMapExport } from './use-map-export';
import { useZoom } from '../../../ui/use-zoom';
import { useMapNames, useMapScene } from './use-map-scene';
import '../map.css';

/** Room kept at the frame's edges for labels: wider at the sides, where names run. */
const MARGIN = 64;
const ZOOM_STEP = 1.5;
const ZOOM_EXTENT = [MIN_ZOOM, MAX_ZOOM] as const;
const NONE: ReadonlySet<string> = new Set();
/** The zoom buttons' corner (see .map-zoom in map.css). */
const ZOOM_BOX = { width: 112, height: 120 };

/**
 * Where the story happens and how people moved: places, every journey leg as a great-circle
 * arc, the parties shaded by grouping. Selection comes from and goes to the URL; hover comes
 * from the reader.
 */
export function MapView({ bundle }: ViewProps) {
  const { state, update } = useViewState();
  const result = useSelectionFocus();
  const hoverFocus = useHoverFocus();
  const scene = useMapScene(bundle);
  const { model } = scene;
  const index = indexBundle(bundle);

  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [svgElement, setSvgElement] = useState<SVGSVGElement | null>(null);
  const attachSvg = useCallback((element: SVGSVGElement | null) => {
    svgRef.current = element;
    setSvgElement(element);
  }, []);
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

  const layout = useMemo(
    () => (size.width > 0 ? baseLayout(model, scene.reference, size, MARGIN) : null),
    [model, scene.reference, size],
  );

  const emphasis = useMemo((): MapEmphasis => {
    const lit = hoverFocus ? hoverFocus.legs : NONE;
    if (!result.ok || state.selection === null)
      return { active: false, selected: NONE, focus: NONE, lit };
    const f = result.focus;
    // While a journey plays, the legs already drawn stay in view behind the current one.
    const played = playing ? playing.legs.slice(0, playing.step) : [];
    // A leg's ends and an event's place belong to it on a map, though not in the graph.
    const focus = new Set<string>([...f.entities, ...f.legs, ...f.places, ...played]);
    for (const id of played) {
      const l = index.legs.get(id)?.leg;
      if (l) focus.add(l.from).add(l.to);
    }
    return { active: true, selected: f.selected, focus, lit };
  }, [index, result, state.selection, hoverFocus, playing]);

  // Legs still to come in a playing journey, and legs that lie after the "as of" day.
  const hiddenLegs = useMemo(() => {
    const hidden = new Set(playing ? playing.legs.slice(playing.step + 1) : []);
    for (const l of model.legs)
      if (!isKnownBy(index.legs.get(l.id)?.leg.when, state.asOf)) hidden.add(l.id);
    return hidden;
  }, [playing, model.legs, index, state.asOf]);
  const bar = useMemo(
    () => (layout ? scaleBar(layout.projection, zoom.transform, size) : null),
    [layout, zoom.transform, size],
  );
  const overlay = useMemo(() => {
    if (!layout) return null;
    return layoutOverlay({
      model,
      places: layout.places,
      legLines: layout.legs,
      transform: zoom.transform,
      size,
      focus: emphasis.focus,
      selected: emphasis.selected,
      hiddenLegs,
      // Labels keep clear of the scale bar and the zoom buttons over the map.
      reserved: [
        { x: 8, y: size.height - 40, width: (bar?.px ?? 100) + 24, height: 36 },
        { x: size.width - ZOOM_BOX.width, y: 0, ...ZOOM_BOX },
      ],
    });
  }, [layout, model, zoom.transform, size, emphasis, hiddenLegs, bar]);

  const offView = overlay ? overlay.dots.filter((d) => !d.onView).flatMap((d) => d.entities) : [];
  const names = useMapNames(scene, offView);
  const baseTransform = layout
    ? {
        k: zoom.transform.k * layout.baseScale,
        x: zoom.transform.x + zoom.transform.k * layout.baseTranslate[0],
        y: zoom.transform.y + zoom.transform.k * layout.baseTranslate[1],
      }
    : { k: 1, x: 0, y: 0 };

  const exporter = useMapExport({
    bundle,
    scene,
    layout,
    svgRef,
    size,
    zoom: zoom.transform,
    baseTransform,
    bar,
  });

  const currentLeg = playing
    ? model.legs.find((l) => l.id === playing.legs[playing.step])
    : undefined;
  const asOfStatus = state.asOf
    ? `As of ${formatPartialDate(state.asOf)}: ${model.legs.length - hiddenLegs.size} of ${model.legs.length} legs shown`
    : '';
  const status = currentLeg ? `Playing: ${currentLeg.name}` : exporter.message || asOfStatus;
  const selectedLeg = state.selection?.kind === 'leg' ? state.selection.id : null;

  return (
    <div className={`map-view${showTable ? ' with-table' : ''}`}>
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
        {layout && overlay && (
          <MapSvg
            svgRef={attachSvg}
            size={size}
            paths={scene.paths}
            shaded={scene.shaded}
            baseTransform={baseTransform}
            overlay={overlay}
            emphasis={emphasis}
            names={names}
            drawing={
              playing && currentLeg && !playing.reducedMotion
                ? { leg: currentLeg.id, key: `${playing.run}-${playing.step}` }
                : null
            }
            scaleBar={bar}
            onSelectLeg={selectLeg}
            onSelectEntity={selectEntity}
            onKeyDown={zoom.onKeyDown}
          />
        )}
      </div>
      <MapLegend legend={overlay ? legendForView(scene.legend, overlay, model) : scene.legend} />
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

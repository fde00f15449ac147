import { isKnownBy } from '../../../model/as-of';
import { formatPartialDate } from '../../../model/format-date';
import { useCallback, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import { useHoverFocus, useSelectionFocus } from '../../../view-state/focus-context';
import { useViewState } from '../../../view-state/use-view-state';
import { mapThemeStyle } from '../export/map-theme-style';
import type { Box } from '../geo/label-placement';
import { playOrder } from '../geo/leg-order';
import { MAX_ZOOM, MIN_ZOOM } from '../geo/map-frame';
import { mapModel } from '../geo/map-model';
import { buildMapScene, nextMapWork } from '../map-scene';
import type { MapSceneOptions } from '../map-scene-types';
import type { ClusterMark } from '../geo/map-clusters';
import { ClusterPlacesList, sortListedPlaces } from './cluster-places-list';
import { ItineraryTable } from './itinerary-table';
import { MapLegend } from './map-legend';
import { MapSvg } from './map-svg';
import { MapToolbar } from './map-toolbar';
import { KeyOverlay, useKeyOverlay } from '../../../ui/key-overlay';
import { useElementSize } from '../../../ui/use-element-size';
import { useJourneyPlayer } from './use-journey-player';
import { useMapExport } from './use-map-export';
import { useSharedBaseMap } from './use-shared-base-map';
import { useZoom } from '../../../ui/use-zoom';
import { useStepwiseWork } from '../../../ui/use-stepwise-work';
import '../map.css';

const ZOOM_STEP = 1.5;
const ZOOM_EXTENT = [MIN_ZOOM, MAX_ZOOM] as const;
/** How far the controls over the map stand from its edges (see map-panels.css). */
const INSET = 10;
/**
 * The key opens by default only where the map has room to keep clear of it (it is then a
 * reserved corner, like the zoom buttons); elsewhere it waits for the Key button.
 */
const KEY_ROOM = { width: 760, height: 520 };
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
  const [zoomGroup, setZoomGroup] = useState<HTMLDivElement | null>(null);
  const [statusLine, setStatusLine] = useState<HTMLParagraphElement | null>(null);
  const [keyPanel, setKeyPanel] = useState<HTMLDivElement | null>(null);
  const zoomSize = useElementSize(zoomGroup, 0, 'border');
  const statusSize = useElementSize(statusLine, 0, 'border');
  const keySize = useElementSize(keyPanel, 0, 'border');
  const roomy = size.width >= KEY_ROOM.width && size.height >= KEY_ROOM.height;
  const key = useKeyOverlay(roomy);
  // Open by default in a roomy map, the key is furniture the map keeps clear of; opened by hand
  // in a small one, it lies over the map until closed.
  const keyReserved = key.open && roomy && !key.asked;
  const [traveller, setTraveller] = useState(model.travellers[0]?.id ?? '');
  // A count opened at the deepest zoom lists its places, until closed or the zoom changes.
  const [listed, setListed] = useState<{ cluster: string; k: number; entities: string[] } | null>(
    null,
  );

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

  const currentLeg = playing
    ? model.legs.find((l) => l.id === playing.legs[playing.step])
    : undefined;
  const asOf = state.asOf;
  const asOfStatus = asOf
    ? `As of ${formatPartialDate(asOf)}: ${model.legs.filter((l) => isKnownBy(l.when, asOf)).length} of ${model.legs.length} legs shown`
    : '';
  // What the badge over the map says while a journey plays or a day is set (an export's brief
  // message may take its place for a moment).
  const status = currentLeg ? `Playing: ${currentLeg.name}` : asOfStatus;

  // The controls drawn over the map, measured: labels, places and arrows keep clear of them.
  const reserved = useMemo(() => {
    const boxes: Box[] = [];
    if (zoomSize.width > 0)
      boxes.push({
        x: size.width - INSET - zoomSize.width,
        y: INSET,
        width: zoomSize.width,
        height: zoomSize.height,
      });
    if (status && statusSize.width > 0)
      boxes.push({ x: INSET, y: 8, width: statusSize.width, height: statusSize.height });
    if (keyReserved && keySize.width > 0)
      boxes.push({
        x: size.width - INSET - keySize.width,
        y: size.height - INSET - keySize.height,
        width: keySize.width,
        height: keySize.height,
      });
    return boxes;
  }, [size, zoomSize, status, statusSize, keyReserved, keySize]);

  const options = useMemo(
    (): MapSceneOptions => ({
      zoom: zoom.transform,
      ...(result.ok ? { focus: result.focus } : {}),
      hover: hoverFocus,
      playback: playing ? { legs: playing.legs, step: playing.step } : null,
      reserved,
    }),
    [zoom.transform, result, hoverFocus, playing, reserved],
  );
  // The screen keeps the base map's paths for the whole bundle and moves them by a transform.
  const sceneOptions = useMemo(
    (): MapSceneOptions => ({ ...options, basemap: 'shared' }),
    [options],
  );
  // Before a story's first draw, the costly pieces of its scene (frame, fitted layout) run a
  // task each, so a story of thousands of places never holds the page in one long task; once
  // drawn, a resize or a selection rebuilds the scene at once from what is kept.
  const [drawn, setDrawn] = useState<ViewProps['bundle'] | null>(null);
  const sized = size.width > 0 && size.height > 0;
  const preparing = useStepwiseWork(
    sized && drawn !== bundle ? nextMapWork(bundle, state, size, sceneOptions) : null,
  );
  const scene = useMemo(
    () => (sized && !preparing ? buildMapScene(bundle, state, size, sceneOptions) : null),
    [bundle, state, size, sized, sceneOptions, preparing],
  );
  // Noted during render (React's way to keep what an earlier render saw), not in an effect.
  if (scene !== null && drawn !== bundle) setDrawn(bundle);
  const basePaths = useSharedBaseMap(bundle, scene?.base.shared ?? null);
  const exporter = useMapExport(bundle, state, size, options);

  const badge = exporter.message || status;
  const openCluster = useCallback(
    (c: ClusterMark) => {
      if (c.splits) zoom.zoomTo(c.zoomTo);
      else setListed({ cluster: c.id, k: zoom.transform.k, entities: c.entities });
    },
    [zoom, setListed],
  );
  const list = listed !== null && listed.k === zoom.transform.k ? listed : null;
  const listedPlaces = useMemo(() => {
    if (list === null) return [];
    const inside = new Set(list.entities);
    return sortListedPlaces(model.places.filter((p) => inside.has(p.id)));
  }, [list, model]);
  const closeList = useCallback(() => {
    const id = listed?.cluster;
    setListed(null);
    // Back to the count it came from, if it is still drawn.
    if (id !== undefined)
      svgElement?.querySelector<SVGGElement>(`[data-cluster="${CSS.escape(id)}"]`)?.focus();
  }, [listed, svgElement, setListed]);
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
        keyToggle={key}
      />
      <div
        className="map-stage"
        ref={stageRef}
        data-layout-panel="map"
        aria-busy={preparing ? 'true' : undefined}
      >
        <p
          ref={setStatusLine}
          className="map-status"
          role="status"
          data-layout-control={badge ? 'status badge' : undefined}
        >
          {badge}
        </p>
        <div
          ref={setZoomGroup}
          className="map-zoom"
          role="group"
          aria-label="Zoom"
          data-layout-control="zoom buttons"
        >
          <button
            type="button"
            className="button map-zoom-step"
            aria-label="Zoom in"
            title="Zoom in (+)"
            onClick={() => zoom.zoomBy(ZOOM_STEP)}
          >
            +
          </button>
          <button
            type="button"
            className="button map-zoom-step"
            aria-label="Zoom out"
            title="Zoom out (−)"
            onClick={() => zoom.zoomBy(1 / ZOOM_STEP)}
          >
            −
          </button>
          <button
            type="button"
            className="button map-zoom-step"
            aria-label="Reset view"
            title="Reset view (0)"
            onClick={zoom.reset}
          >
            <span aria-hidden="true">↺</span>
          </button>
        </div>
        {scene && (
          <MapSvg
            svgRef={setSvgElement}
            scene={scene}
            basePaths={basePaths}
            drawing={
              playing && currentLeg && !playing.reducedMotion
                ? { leg: currentLeg.id, key: `${playing.run}-${playing.step}` }
                : null
            }
            selected={
              state.selection?.kind === 'leg'
                ? `leg:${state.selection.id}`
                : state.selection?.kind === 'entity'
                  ? `entity:${state.selection.id}`
                  : null
            }
            onSelectLeg={selectLeg}
            onSelectEntity={selectEntity}
            listed={list?.cluster ?? null}
            onOpenCluster={openCluster}
            onKeyDown={zoom.onKeyDown}
          />
        )}
        {list !== null && (
          <ClusterPlacesList
            key={list.cluster}
            places={listedPlaces}
            focus={result.ok ? result.focus : null}
            onSelect={selectEntity}
            onClose={closeList}
          />
        )}
        {scene && (
          <KeyOverlay state={key} label="Map key" className="map-key" onPanel={setKeyPanel}>
            <MapLegend legend={scene.legend} />
          </KeyOverlay>
        )}
      </div>
      {showTable && (
        <ItineraryTable
          bundle={bundle}
          selectedLeg={selectedLeg}
          related={state.selection !== null && result.ok ? result.focus.legs : null}
          drawn={new Set(model.legs.map((l) => l.id))}
          onSelect={selectLeg}
        />
      )}
    </div>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { mapFocusOrder, moveFocus, type MapFocusKey } from '../geo/focus-order';
import type { MapLabelMark, MapScene } from '../map-scene-types';
import type { ClusterMark as Cluster } from '../geo/map-clusters';
import type { BaseMapPaths } from '../geo/base-map-paths';
import { BaseMap } from './base-map';
import { ClusterMark } from './cluster-mark';
import { LegMark, travellerClass } from './leg-mark';
import { MapLabelText } from './map-label-text';
import { PlaceMark } from './place-mark';

interface Props {
  /** Receives the SVG element (the zoom binds to it). */
  svgRef: (element: SVGSVGElement | null) => void;
  scene: MapScene;
  /** The shared base map's paths (`scene.base.shared`), null until computed. */
  basePaths: BaseMapPaths | null;
  /** The leg "Play journey" is drawing in, with a key that changes for every new draw. */
  drawing: { leg: string; key: string } | null;
  /** The selection as a focus key, where the keyboard enters the map. */
  selected: MapFocusKey | null;
  onSelectLeg: (id: string) => void;
  onSelectEntity: (id: string) => void;
  /** The count whose places are listed (aria-expanded), if any. */
  listed: string | null;
  /** A count mark opened: zoom to its places, or list them. */
  onOpenCluster: (cluster: Cluster) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
}

/** Moves keyboard focus to the mark a focus key names. */
function focusKey(svg: SVGSVGElement | null, key: MapFocusKey) {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const attribute = kind === 'leg' ? 'leg' : kind === 'cluster' ? 'cluster' : 'entity';
  svg?.querySelector<SVGGElement>(`[data-${attribute}="${CSS.escape(id)}"]`)?.focus();
}

/** What an item shows while hovered or focused: its label left out by the level-of-detail rule. */
function OnDemand(props: { scene: MapScene; active: MapFocusKey | null }) {
  const { scene, active } = props;
  if (active === null) return null;
  const [kind, id] = [active.slice(0, active.indexOf(':')), active.slice(active.indexOf(':') + 1)];
  let label: MapLabelMark | null = null;
  let owner = id;
  let leg: number | null = null;
  if (kind === 'leg') {
    const l = scene.legs.find((x) => x.id === id);
    label = l && !l.label ? l.onDemand : null;
    leg = l ? l.traveller.index : null;
  } else {
    const p = scene.places.find((x) => x.targets.some((t) => t.id === id));
    label = p && !p.label ? p.onDemand : null;
    owner = p?.id ?? id;
  }
  if (!label) return null;
  const { box } = label;
  return (
    <g
      className={`map-on-demand${leg === null ? '' : ` map-leg-label ${travellerClass(leg)}`}`}
      aria-hidden="true"
    >
      <rect
        className="map-on-demand-back"
        x={box.x - 3}
        y={box.y - 1}
        width={box.width + 6}
        height={box.height + 2}
        rx={3}
      />
      <MapLabelText label={label} type={scene.type} owner={owner} />
    </g>
  );
}

/**
 * The map picture: base map, legs, leg labels, places, scale bar, each drawn from the scene's
 * marks. React draws every element; the only things not in the scene are the screen's own
 * furniture (focus rings, the draw-in mask of a played leg, hit areas) and which item is under
 * the pointer or the keyboard, whose label shows if the level-of-detail rule left it out.
 *
 * One Tab stop: the legs and places are a roving group. Tab enters at the selection (or the
 * first leg), the arrow keys walk `mapFocusOrder`, Enter or Space selects, Shift+arrows pan and
 * + − 0 zoom.
 */
export function MapSvg({ svgRef, scene, drawing, selected, ...props }: Props) {
  const { width, height, type } = scene;
  const order = useMemo(() => mapFocusOrder(scene), [scene]);
  const [focused, setFocused] = useState<MapFocusKey | null>(null);
  const [active, setActive] = useState<MapFocusKey | null>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const current =
    focused !== null && order.includes(focused)
      ? focused
      : selected !== null && order.includes(selected)
        ? selected
        : (order[0] ?? null);

  // Focus moves the roving stop and shows the item's words; hover only shows them.
  const onItemFocus = useCallback((key: MapFocusKey) => {
    setFocused(key);
    setActive(key);
  }, []);
  const onNavigate = useCallback(
    (from: MapFocusKey, event: KeyboardEvent<Element>) => {
      if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      const next = moveFocus(order, from, event.key);
      if (next === null) return;
      event.preventDefault();
      event.stopPropagation();
      setFocused(next);
      focusKey(svg, next);
    },
    [order, svg],
  );
  // Opening a count by keyboard removes it: focus follows to the first of its places (or the
  // smaller count holding it) once the zoomed scene is drawn.
  const opened = useRef<{ cluster: Cluster; zoom: MapScene['zoom'] } | null>(null);
  const { onOpenCluster } = props;
  const openCluster = useCallback(
    (cluster: Cluster) => {
      // A count that lists its places stays drawn: the list takes the focus.
      opened.current =
        cluster.splits && svg?.contains(document.activeElement)
          ? { cluster, zoom: scene.zoom }
          : null;
      onOpenCluster(cluster);
    },
    [onOpenCluster, svg, scene.zoom],
  );
  useEffect(() => {
    // Until the zoomed scene comes, the count is still drawn (a smaller count may keep its id:
    // it is named after its first place).
    const was = opened.current;
    if (was === null) return;
    const { k, x, y } = scene.zoom;
    if (k === was.zoom.k && x === was.zoom.x && y === was.zoom.y) return;
    const inside = new Set(was.cluster.entities);
    const holds = new Set(
      scene.clusters.filter((c) => c.entities.some((e) => inside.has(e))).map((c) => c.id),
    );
    const next = order.find((key) =>
      key.startsWith('entity:') ? inside.has(key.slice(7)) : holds.has(key.slice(8)),
    );
    opened.current = null;
    // Focusing it moves the roving stop there (onFocus).
    if (next !== undefined) focusKey(svg, next);
  }, [order, scene, svg]);
  const setRefs = useCallback(
    (element: SVGSVGElement | null) => {
      setSvg(element);
      svgRef(element);
    },
    [svgRef],
  );

  return (
    // A group holding the map's marks; with no marks to visit, the group itself is the stop,
    // so the zoom keys still reach the map.
    <svg
      ref={setRefs}
      className="map-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Map of places and journeys. Arrow keys move between legs and places, Enter selects; Shift with the arrow keys pans, plus and minus zoom."
      tabIndex={order.length === 0 ? 0 : -1}
      data-focus-entry={order.length === 0 ? 'true' : undefined}
      data-scene-size={`${width}x${height}`}
      data-base-map={scene.base.shared === null || props.basePaths !== null ? 'drawn' : 'pending'}
      onKeyDown={props.onKeyDown}
    >
      <rect className="map-space" width={width} height={height} />
      <BaseMap base={scene.base} paths={props.basePaths} />
      <g className="map-leg-bundles" aria-hidden="true">
        {scene.legBundles.map((b) => (
          <path
            key={b.id}
            className={`map-leg-bundle${b.dimmed ? ' is-dimmed' : ''}`}
            d={b.d}
            strokeWidth={b.width}
            data-leg-bundle={b.id}
            data-count={b.legs.length}
            data-selected={b.selected ? 'true' : undefined}
          />
        ))}
      </g>
      <g className="map-legs">
        {scene.legs.map((l) => (
          <LegMark
            key={l.id}
            leg={l}
            type={type}
            drawKey={drawing?.leg === l.id ? drawing.key : null}
            current={current === `leg:${l.id}`}
            onSelect={props.onSelectLeg}
            onFocusItem={onItemFocus}
            onActive={setActive}
            onNavigate={onNavigate}
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
              <MapLabelText label={l.label} type={type} owner={l.id} leader />
            </g>
          ) : null,
        )}
      </g>
      <g className="map-places">
        {scene.places.map((p) => (
          <PlaceMark
            key={p.id}
            place={p}
            type={type}
            current={current !== null && current.startsWith('entity:') ? current.slice(7) : null}
            onSelect={props.onSelectEntity}
            onFocusItem={onItemFocus}
            onActive={setActive}
            onNavigate={onNavigate}
          />
        ))}
      </g>
      <g className="map-clusters">
        {scene.clusters.map((c) => (
          <ClusterMark
            key={c.id}
            cluster={c}
            current={current === `cluster:${c.id}`}
            expanded={c.splits ? undefined : props.listed === c.id}
            onOpen={openCluster}
            onFocusItem={onItemFocus}
            onNavigate={onNavigate}
          />
        ))}
      </g>
      {scene.scaleBar && (
        <g className="map-scale" data-layout-control="scale bar">
          <title>Scale true at the centre of the view, measured east–west</title>
          <path
            d={`M${scene.scaleBar.x},${scene.scaleBar.y - 4}V${scene.scaleBar.y}H${scene.scaleBar.x + scene.scaleBar.px}V${scene.scaleBar.y - 4}`}
          />
          <text x={scene.scaleBar.x} y={scene.scaleBar.y - 8} fontSize={type.scaleLabel}>
            {scene.scaleBar.label}
          </text>
        </g>
      )}
      <OnDemand scene={scene} active={active} />
    </svg>
  );
}

import { memo } from 'react';
import type { BaseMapPaths } from '../geo/base-map-paths';
import type { MapBaseMark } from '../map-scene-types';

/**
 * Water, graticule, land, the shaded parties and borders, from the scene. The path strings
 * (about a megabyte at 1:50m) are the same strings on every zoom frame, so React compares them
 * cheaply; zooming changes only the group's transform and the stroke widths, which are divided
 * by the scale so hairlines stay hairlines.
 */
export const BaseMap = memo(function BaseMap({
  base,
  paths,
}: {
  base: MapBaseMark;
  /** The shared paths when the scene's are (`base.shared`); null while they are computed. */
  paths: BaseMapPaths | null;
}) {
  const { k, x, y } = base.transform;
  const hair = (px: number) => px / k;
  // A shared base map is drawn once its paths are all there, never half a world.
  if (base.shared !== null && paths === null) return null;
  const d = paths ?? base;
  return (
    <g className="map-base" transform={`translate(${x},${y}) scale(${k})`} aria-hidden="true">
      <path className="map-water" d={d.sphere} />
      <path className="map-graticule" d={d.graticule} strokeWidth={hair(0.5)} />
      <StaticPath className="map-land" d={d.land} strokeWidth={hair(0.6)} />
      {base.countries.map((c) => (
        <StaticPath
          key={c.entity}
          className={`map-country tone-${c.tone}${c.selected ? ' is-focused' : ''}`}
          d={paths?.countries.get(c.feature) ?? c.d}
          strokeWidth={hair(c.selected ? 1.2 : 0)}
        />
      ))}
      <StaticPath className="map-borders" d={d.borders} strokeWidth={hair(0.6)} />
    </g>
  );
});

/** A path whose geometry never changes while zooming: memoised so React never diffs `d` again. */
const StaticPath = memo(function StaticPath(props: {
  className: string;
  d: string;
  strokeWidth: number;
}) {
  return <path className={props.className} d={props.d} strokeWidth={props.strokeWidth} />;
});

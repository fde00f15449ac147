import { memo } from 'react';
import type { GroupTone } from '../../../model/country-groups';
import type { BaseMapPaths } from '../geo/base-map-paths';
import type { ViewTransform } from '../geo/scale-bar';

/** A bundle country drawn with its grouping's fill. */
export interface ShadedCountry {
  entity: string;
  feature: number;
  tone: GroupTone;
}

interface Props {
  paths: BaseMapPaths;
  shaded: ShadedCountry[];
  /** Maps the reference-scale paths to the screen. */
  transform: ViewTransform;
  /** Countries the selection concerns: outlined. */
  focused: ReadonlySet<string>;
}

/**
 * Water, graticule, land, the shaded parties and borders. The path strings (about a megabyte at
 * 1:50m) are set once; zooming changes only the group's transform and the stroke widths, which
 * are divided by the scale so hairlines stay hairlines.
 */
export const BaseMap = memo(function BaseMap({ paths, shaded, transform, focused }: Props) {
  const { k, x, y } = transform;
  const hair = (px: number) => px / k;
  return (
    <g className="map-base" transform={`translate(${x},${y}) scale(${k})`} aria-hidden="true">
      <path className="map-water" d={paths.sphere} />
      <path className="map-graticule" d={paths.graticule} strokeWidth={hair(0.5)} />
      <StaticPath className="map-land" d={paths.land} strokeWidth={hair(0.6)} />
      {shaded.map((s) => (
        <StaticPath
          key={s.entity}
          className={`map-country tone-${s.tone}${focused.has(s.entity) ? ' is-focused' : ''}`}
          d={paths.countries.get(s.feature) ?? ''}
          strokeWidth={hair(focused.has(s.entity) ? 1.2 : 0)}
        />
      ))}
      <StaticPath className="map-borders" d={paths.borders} strokeWidth={hair(0.6)} />
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

import './network-legend.css';
import { memo } from 'react';
import type { EntityKind } from '../../../bundle/bundle-schema';
import type { CountryGroup } from '../../../model/country-groups';
import { ENTITY_KIND_PLURAL } from '../../../model/entity-kinds';
import { relationKindStyle } from '../../../model/relation-kinds';
import { dashArray, type LinePattern } from '../layout/build-network-scene';
import { nodeShapePath } from '../layout/node-shape';

interface Props {
  kinds: readonly EntityKind[];
  relationKinds: readonly string[];
  groups: readonly CountryGroup[];
  /** Each grouping's name as the key shows it (long groupings shortened, see group-caption.ts). */
  groupCaptions: ReadonlyMap<string, string>;
  hiddenKinds: readonly string[];
  hiddenRelations: readonly string[];
  kindCounts: ReadonlyMap<string, number>;
  relationCounts: ReadonlyMap<string, number>;
  onToggleKind: (kind: string) => void;
  onToggleRelation: (kind: string) => void;
}

const PATTERNS: [LinePattern, string][] = [
  ['solid', 'stated'],
  ['dashed', 'inferred'],
  ['dotted', 'planned'],
];

function RelationSwatch({ kind }: { kind: string }) {
  const style = relationKindStyle(kind);
  const width = style.weight === 'heavy' ? 3 : style.weight === 'normal' ? 1.6 : 1.1;
  const tone = style.opposed ? 'opposed' : style.weight === 'heavy' ? 'strong' : 'muted';
  return (
    <svg className="net-swatch" width="26" height="14" viewBox="0 -7 26 14" aria-hidden="true">
      <g className="net-edge" data-tone={tone}>
        <path
          className="net-edge-line"
          d={`M1,0L${style.directed && !style.opposed ? 19 : 23},0`}
          strokeWidth={width}
        />
        {style.opposed && (
          <path className="net-edge-bar" d="M23,-5L23,5" strokeWidth={width + 0.4} />
        )}
        {style.directed && !style.opposed && (
          <path className="net-edge-arrow" d="M25,0L18,-4L18,4Z" />
        )}
      </g>
    </svg>
  );
}

/**
 * The key to the diagram, and its filter: each kind of entity and relation is a toggle button
 * (pressed = shown) that writes the URL. Line patterns and groupings are keys only. It lives in
 * the key overlay (src/ui/key-overlay.tsx), so it never takes the drawing's height.
 */
export const NetworkLegend = memo(function NetworkLegend(props: Props) {
  return (
    <div className="net-legend" role="group" aria-label="Legend and filters">
      <div className="net-legend-row">
        <span className="net-legend-heading">Show</span>
        {props.kinds.map((kind) => {
          const shown = !props.hiddenKinds.includes(kind);
          return (
            <button
              key={kind}
              type="button"
              className="net-legend-item"
              aria-pressed={shown}
              data-legend-kind={kind}
              title={`${shown ? 'Hide' : 'Show'} ${ENTITY_KIND_PLURAL[kind].toLowerCase()}`}
              onClick={() => props.onToggleKind(kind)}
            >
              <svg
                className="net-swatch"
                width="16"
                height="16"
                viewBox="-8 -8 16 16"
                aria-hidden="true"
              >
                <path className="net-swatch-shape" data-kind={kind} d={nodeShapePath(kind, 5.5)} />
              </svg>
              {ENTITY_KIND_PLURAL[kind]}
              <span className="net-legend-count">{props.kindCounts.get(kind) ?? 0}</span>
            </button>
          );
        })}
      </div>
      <div className="net-legend-row">
        <span className="net-legend-heading">Relations</span>
        {props.relationKinds.map((kind) => {
          const shown = !props.hiddenRelations.includes(kind);
          const label = relationKindStyle(kind).label;
          return (
            <button
              key={kind}
              type="button"
              className="net-legend-item"
              aria-pressed={shown}
              data-legend-relation={kind}
              title={`${shown ? 'Hide' : 'Show'} “${label}”`}
              onClick={() => props.onToggleRelation(kind)}
            >
              <RelationSwatch kind={kind} />
              {label}
              <span className="net-legend-count">{props.relationCounts.get(kind) ?? 0}</span>
            </button>
          );
        })}
      </div>
      <div className="net-legend-row net-legend-keys">
        <span className="net-legend-group">
          <span className="net-legend-heading">Lines</span>
          {PATTERNS.map(([pattern, words]) => (
            <span key={pattern} className="net-legend-key">
              <svg
                className="net-swatch"
                width="26"
                height="14"
                viewBox="0 -7 26 14"
                aria-hidden="true"
              >
                <path
                  className="net-legend-pattern"
                  d="M2,0L24,0"
                  strokeDasharray={dashArray(pattern, 1.8) ?? undefined}
                />
              </svg>
              {words}
            </span>
          ))}
          <span className="net-legend-key">
            <svg
              className="net-swatch"
              width="26"
              height="14"
              viewBox="0 -7 26 14"
              aria-hidden="true"
            >
              <path className="net-legend-pattern net-legend-heavy" d="M2,0L24,0" />
            </svg>
            heavier: a meeting
          </span>
        </span>
        {props.groups.length > 0 && (
          <span className="net-legend-group">
            <span className="net-legend-heading">Groupings</span>
            {props.groups.map((g) => (
              <span key={g.id} className="net-legend-key">
                <svg
                  className="net-swatch"
                  width="22"
                  height="14"
                  viewBox="0 0 22 14"
                  aria-hidden="true"
                >
                  <rect
                    className="net-hull"
                    data-tone={g.tone}
                    x="1"
                    y="1"
                    width="20"
                    height="12"
                    rx="4"
                  />
                </svg>
                {props.groupCaptions.get(g.id) ?? g.name}
              </span>
            ))}
          </span>
        )}
      </div>
    </div>
  );
});

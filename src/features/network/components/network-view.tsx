import { useCallback, useId, useMemo, useState } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { useHover } from '../../../view-state/hover-context';
import { formatPartialDate } from '../../../model/format-date';
import { focusForPassage, selectionFocus } from '../../../model/selection-focus';
import { deriveNetworkGraph } from '../graph/derive-network-graph';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { describeNode, describeRelation, formatWhen } from '../graph/describe-network';
import { computeNetworkLayout } from '../layout/compute-network-layout';
import { buildNetworkScene, labelFontSize } from '../layout/build-network-scene';
import { exportNetwork, type ExportFormat } from '../export/export-network';
import { createCanvasMeasure, UI_FONT } from './create-canvas-measure';
import { NetworkCanvas, type EdgeWords, type NodeWords } from './network-canvas';
import { NetworkLegend } from './network-legend';
import { NetworkTable } from './network-table';
import { NetworkToolbar } from './network-toolbar';
import { readExportPalette } from './read-export-palette';
import { useElementSize } from './use-element-size';
import { useZoom } from './use-zoom';
import '../network.css';

/** One seed for every layout: the same bundle and panel size always draw the same picture. */
const LAYOUT_SEED = 1;

const isNodeTarget = (target: EventTarget | null) =>
  target instanceof Element && target.closest('[data-entity]') !== null;

const toggle = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/**
 * The network: who is who and who met whom, the two camps as hulls. Reads the bundle and the
 * URL; a click writes the URL (selection, filters), and every other view follows.
 */
export function NetworkView({ bundle }: ViewProps) {
  const { state, update } = useViewState();
  const { passage } = useHover();
  const helpId = useId();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [table, setTable] = useState(false);
  // Pins as fractions of the panel, so a dragged node stays put when the panel resizes.
  const [pins, setPins] = useState<ReadonlyMap<string, { fx: number; fy: number }>>(new Map());
  const [exportError, setExportError] = useState<string | null>(null);
  const size = useElementSize(frame);
  const zoom = useZoom(svg, isNodeTarget);
  const measure = useMemo(() => createCanvasMeasure(UI_FONT), []);

  const graph = useMemo(() => deriveNetworkGraph(bundle), [bundle]);
  const visible = useMemo(
    () => filterNetworkGraph(graph, state.hiddenKinds, state.hiddenRelations, state.asOf),
    [graph, state.hiddenKinds, state.hiddenRelations, state.asOf],
  );
  // Laid out with every node, filtered or not, so a filter never rearranges the picture.
  const layout = useMemo(
    () =>
      size.width > 0 && size.height > 0
        ? computeNetworkLayout(graph, { width: size.width, height: size.height, seed: LAYOUT_SEED })
        : null,
    [graph, size.width, size.height],
  );
  const scene = useMemo(() => {
    if (layout === null) return null;
    const positions = new Map(
      [...pins].map(([id, p]) => [id, { x: p.fx * layout.width, y: p.fy * layout.height }]),
    );
    return buildNetworkScene(graph.groups, visible, layout, measure, positions);
  }, [graph.groups, visible, layout, measure, pins]);

  const names = useMemo(() => new Map(bundle.entities.map((e) => [e.id, e.name])), [bundle]);
  const nodeWords = useMemo(() => {
    const words = new Map<string, NodeWords>();
    for (const n of graph.nodes) {
      const ariaLabel = describeNode(n, n.country === null ? null : (names.get(n.country) ?? null));
      words.set(n.id, {
        ariaLabel,
        tooltip: n.entity.summary ? `${ariaLabel}\n${n.entity.summary}` : ariaLabel,
      });
    }
    return words;
  }, [graph.nodes, names]);
  const edgeWords = useMemo(() => {
    const words = new Map<string, EdgeWords>();
    for (const e of graph.edges) {
      const when = e.relation.when;
      words.set(e.id, {
        ariaLabel: describeRelation(e.relation, e),
        text: e.relation.label,
        date: when
          ? `${when.text} · ${formatWhen(when)}${e.planned ? ' · planned' : ''}`
          : e.planned
            ? 'planned'
            : null,
      });
    }
    return words;
  }, [graph.edges]);

  const focus = useMemo(() => selectionFocus(bundle, state.selection), [bundle, state.selection]);
  const hoverFocus = useMemo(
    () => (passage === null ? null : focusForPassage(bundle, passage)),
    [bundle, passage],
  );
  const selected = focus.ok ? focus.focus.selected : new Set<string>();
  // A passage hovered in the text wins while it is hovered; otherwise the selection decides.
  const highlight = hoverFocus ?? (state.selection !== null && focus.ok ? focus.focus : null);

  const selectEntity = useCallback(
    (id: string) => update({ selection: { kind: 'entity', id } }),
    [update],
  );
  const selectRelation = useCallback(
    (id: string) => update({ selection: { kind: 'relation', id } }),
    [update],
  );
  const pin = useCallback(
    (id: string, x: number, y: number) => {
      if (layout === null) return;
      setPins((old) => new Map(old).set(id, { fx: x / layout.width, fy: y / layout.height }));
    },
    [layout],
  );

  const download = (format: ExportFormat) => {
    if (scene === null || root === null) return;
    setExportError(null);
    exportNetwork(format, {
      bundle,
      graph,
      visible,
      scene,
      palette: readExportPalette(root),
      fontFamily: UI_FONT,
      measure,
    }).catch((error: unknown) =>
      setExportError(error instanceof Error ? error.message : 'The download failed.'),
    );
  };

  const kindCounts = new Map<string, number>();
  for (const n of graph.nodes) kindCounts.set(n.kind, (kindCounts.get(n.kind) ?? 0) + 1);
  const relationCounts = new Map<string, number>();
  for (const e of graph.edges) relationCounts.set(e.kind, (relationCounts.get(e.kind) ?? 0) + 1);

  const status = `${visible.nodes.length} of ${graph.nodes.length} entities · ${visible.edges.length} of ${graph.edges.length} relations${state.asOf ? ` known by ${formatPartialDate(state.asOf)}` : ''}`;

  return (
    <div className="network" ref={setRoot}>
      <NetworkToolbar
        table={table}
        status={status}
        actions={{
          zoomIn: () => zoom.zoomBy(1.4),
          zoomOut: () => zoom.zoomBy(1 / 1.4),
          resetView: () => {
            zoom.reset();
            setPins(new Map());
          },
          toggleTable: () => setTable((t) => !t),
          download,
        }}
      />
      {exportError && (
        <p role="alert" className="net-error">
          {exportError}
        </p>
      )}
      <p id={helpId} className="net-sr-only">
        Tab moves to each entity, then each relation; Enter selects. On an entity, arrow keys move
        to the neighbour in that direction. On the diagram itself, plus and minus zoom, arrow keys
        pan, 0 resets. Drag an entity to pin it.
      </p>
      {table ? (
        <NetworkTable
          visible={visible}
          countryNames={names}
          edgeWords={edgeWords}
          selected={selected}
          onSelectEntity={selectEntity}
          onSelectRelation={selectRelation}
        />
      ) : (
        <div className="net-frame" ref={setFrame}>
          {visible.nodes.length === 0 ? (
            <p className="net-empty">
              Every kind is filtered out. Press a kind in the legend below to show it again.
            </p>
          ) : (
            scene && (
              <NetworkCanvas
                scene={scene}
                nodeWords={nodeWords}
                edgeWords={edgeWords}
                selected={selected}
                highlight={highlight}
                pinned={new Set(pins.keys())}
                onSelectEntity={selectEntity}
                onSelectRelation={selectRelation}
                onPin={pin}
                svg={svg}
                setSvg={setSvg}
                zoom={zoom}
                describedBy={helpId}
                measure={measure}
                fontSize={labelFontSize(scene.width, scene.height)}
              />
            )
          )}
        </div>
      )}
      <NetworkLegend
        kinds={graph.entityKinds}
        relationKinds={graph.relationKinds}
        groups={graph.groups}
        hiddenKinds={state.hiddenKinds}
        hiddenRelations={state.hiddenRelations}
        kindCounts={kindCounts}
        relationCounts={relationCounts}
        onToggleKind={(kind) =>
          update({ hiddenKinds: toggle(state.hiddenKinds, kind) }, { replace: false })
        }
        onToggleRelation={(kind) =>
          update({ hiddenRelations: toggle(state.hiddenRelations, kind) }, { replace: false })
        }
      />
    </div>
  );
}

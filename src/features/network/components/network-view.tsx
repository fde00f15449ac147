import { useCallback, useId, useMemo, useState } from 'react';
import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { useHoverFocus, useSelectionFocus } from '../../../view-state/focus-context';
import { formatPartialDate } from '../../../model/format-date';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { edgeWordsOf } from '../graph/network-words';
import { exportNetwork, type ExportFormat } from '../export/export-network';
import { networkEmphasis } from '../network-emphasis';
import { buildNetworkGeometry, networkGraphOf, type NetworkFilters } from '../network-geometry';
import { flagNetworkGeometry } from '../network-scene';
import { NetworkSvgDiagram } from './network-svg-diagram';
import { NetworkProgress } from './network-progress';
import { useAbstractLayout } from './use-abstract-layout';
import { NetworkLegend } from './network-legend';
import { NetworkTable } from './network-table';
import { NetworkToolbar } from './network-toolbar';
import { readExportPalette } from './read-export-palette';
import { useElementSize } from '../../../ui/use-element-size';
import { useZoom } from '../../../ui/use-zoom';
import '../network.css';

const NONE: ReadonlySet<string> = new Set();

// A press on a node drags the node, not the drawing.
const ZOOM_OPTIONS = {
  scaleExtent: [0.5, 8],
  isHandle: (target: EventTarget | null) =>
    target instanceof Element && target.closest('[data-entity]') !== null,
} as const;

const toggle = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/**
 * The network: who is who and who met whom, the two camps as hulls. Reads the bundle and the
 * URL; a click writes the URL (selection, filters), and every other view follows.
 */
export function NetworkView({ bundle }: ViewProps) {
  const { state, update } = useViewState();
  const helpId = useId();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [table, setTable] = useState(false);
  // Pins as fractions of the panel, so a dragged node stays put when the panel resizes.
  const [pins, setPins] = useState<ReadonlyMap<string, { fx: number; fy: number }>>(new Map());
  const [exportError, setExportError] = useState<string | null>(null);
  // Costly layout: wait until a split being dragged pauses before laying out again.
  const size = useElementSize(frame, 140);
  const zoom = useZoom(svg, ZOOM_OPTIONS);

  const graph = networkGraphOf(bundle);
  // Every URL change parses new filter arrays; key on their contents, so a click (which only
  // changes the selection) keeps the same filters and so the same geometry.
  const hiddenKinds = state.hiddenKinds.join('\n');
  const hiddenRelations = state.hiddenRelations.join('\n');
  const { asOf } = state;
  const filters = useMemo<NetworkFilters>(
    () => ({
      hiddenKinds: hiddenKinds === '' ? [] : hiddenKinds.split('\n'),
      hiddenRelations: hiddenRelations === '' ? [] : hiddenRelations.split('\n'),
      asOf,
    }),
    [hiddenKinds, hiddenRelations, asOf],
  );
  const visible = useMemo(
    () => filterNetworkGraph(graph, filters.hiddenKinds, filters.hiddenRelations, filters.asOf),
    [graph, filters],
  );
  const focus = useSelectionFocus();
  const hoverFocus = useHoverFocus();
  // The same geometry a slide, the handout and a download draw; only pins and hover are local.
  // It does not depend on the selection: a click changes the emphasis below and nothing else.
  // Laid out once per graph, off the main thread; the geometry fits it to the panel.
  const layoutStatus = useAbstractLayout(graph);
  const abstract = layoutStatus.state === 'done' ? layoutStatus.layout : null;
  const geometry = useMemo(
    () =>
      abstract && size.width > 0 && size.height > 0
        ? buildNetworkGeometry(bundle, filters, size, { pins, layout: abstract })
        : null,
    [bundle, filters, size, pins, abstract],
  );
  const hasSelection = state.selection !== null;
  const selectionFocus = hasSelection && focus.ok ? focus.focus : null;
  const emphasis = useMemo(
    () => networkEmphasis(selectionFocus, hoverFocus),
    [selectionFocus, hoverFocus],
  );
  const names = useMemo(() => new Map(bundle.entities.map((e) => [e.id, e.name])), [bundle]);
  const edgeWords = edgeWordsOf(graph);
  const selected = focus.ok ? focus.focus.selected : NONE;
  // The table marks what the selection concerns as the diagram does (the testing contract).
  const concerned = useMemo(
    () =>
      focus.ok && state.selection !== null
        ? new Set([...focus.focus.entities, ...focus.focus.relations])
        : NONE,
    [focus, state.selection],
  );

  const selectEntity = useCallback(
    (id: string) => update({ selection: { kind: 'entity', id } }),
    [update],
  );
  const selectRelation = useCallback(
    (id: string) => update({ selection: { kind: 'relation', id } }),
    [update],
  );
  const sceneWidth = geometry?.width ?? 0;
  const sceneHeight = geometry?.height ?? 0;
  const pin = useCallback(
    (id: string, x: number, y: number) => {
      if (sceneWidth === 0) return;
      setPins((old) => new Map(old).set(id, { fx: x / sceneWidth, fy: y / sceneHeight }));
    },
    [sceneWidth, sceneHeight],
  );

  const download = (format: ExportFormat) => {
    if (geometry === null || root === null) return;
    setExportError(null);
    exportNetwork(format, {
      bundle,
      graph,
      visible,
      scene: flagNetworkGeometry(geometry, selectionFocus, null),
      palette: readExportPalette(root),
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
          concerned={concerned}
          onSelectEntity={selectEntity}
          onSelectRelation={selectRelation}
        />
      ) : (
        <div className="net-frame" ref={setFrame}>
          {visible.nodes.length === 0 ? (
            <p className="net-empty">
              Every kind is filtered out. Press a kind in the legend below to show it again.
            </p>
          ) : layoutStatus.state === 'running' ? (
            <NetworkProgress done={layoutStatus.done} count={graph.nodes.length} />
          ) : (
            geometry && (
              <NetworkSvgDiagram
                geometry={geometry}
                emphasis={emphasis}
                onSelectEntity={selectEntity}
                onSelectRelation={selectRelation}
                onPin={pin}
                svg={svg}
                setSvg={setSvg}
                zoom={zoom}
                describedBy={helpId}
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

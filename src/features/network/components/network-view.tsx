import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Bundle } from '../../../bundle/bundle-schema';
import { afterNextPaint } from '../../../ui/after-next-paint';
import type { ViewProps } from '../../../ui/view-props';
import { useViewState } from '../../../view-state/use-view-state';
import { useHoverFocus, useSelectionFocus } from '../../../view-state/focus-context';
import { formatPartialDate } from '../../../model/format-date';
import { filterNetworkGraph } from '../graph/filter-network-graph';
import { groupCaption } from '../graph/group-caption';
import { edgeWordsOf, nodeWordsOf, type EdgeWords, type NodeWords } from '../graph/network-words';
import { exportNetwork, type ExportFormat } from '../export/export-network';
import { networkEmphasis } from '../network-emphasis';
import {
  buildNetworkGeometry,
  networkGraphOf,
  prepareNetworkGraphSlice,
  type NetworkFilters,
} from '../network-geometry';
import { flagNetworkGeometry } from '../network-scene';
import { CANVAS_FROM, fitModeFor } from '../canvas-from';
import { fitLayout } from '../layout/fit-layout';
import { NetworkSvgDiagram } from './network-svg-diagram';
import { NetworkProgress } from './network-progress';
import { useAbstractLayout } from './use-abstract-layout';
import { useCanvasScene } from './use-canvas-scene';
import { NetworkCanvasDiagram } from './network-canvas-diagram';
import { NetworkLegend } from './network-legend';
import { NetworkTable } from './network-table';
import { NetworkToolbar, type ToolbarActions } from './network-toolbar';
import { NETWORK_PALETTES } from '../export/network-palette';
import { resolvedTheme } from '../../../ui/resolved-theme';
import { useElementSize } from '../../../ui/use-element-size';
import { useZoom } from '../../../ui/use-zoom';
import { KeyOverlay, useKeyOverlay } from '../../../ui/key-overlay';
import '../network.css';

const NONE: ReadonlySet<string> = new Set();
const NO_NODE_WORDS: ReadonlyMap<string, NodeWords> = new Map();
const NO_EDGE_WORDS: ReadonlyMap<string, EdgeWords> = new Map();

// A press on a node drags the node, not the drawing.
const ZOOM_SVG = {
  scaleExtent: [0.5, 8],
  isHandle: (target: EventTarget | null) =>
    target instanceof Element && target.closest('[data-entity]') !== null,
} as const;
// A large graph fits the panel at a small scale: it needs a deeper zoom to read.
const ZOOM_CANVAS = { scaleExtent: [0.5, 40] } as const;

const toggle = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/**
 * The network: who is who and who met whom, the two camps as hulls. Reads the bundle and the
 * URL; a click writes the URL (selection, filters), and every other view follows.
 *
 * A large story's graph is derived once the page is first idle after its first paint (at most
 * 300 ms later), in slices of a few ms: the article's text then shows without waiting for it (a
 * 20,000-entity story's graph took a few hundred ms on the main thread, before the reader's
 * virtual list had measured and drawn its first blocks), and no task of it is long. A small story's network is drawn with everything else.
 */
export function NetworkView({ bundle }: ViewProps) {
  const large = bundle.entities.length > CANVAS_FROM;
  const [ready, setReady] = useState<Bundle | null>(null);
  useEffect(() => {
    if (!large) return;
    // Derived in slices of a few ms (one task each), then shown: one go was a long task.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      if (prepareNetworkGraphSlice(bundle, 12, () => performance.now())) setReady(bundle);
      else timer = setTimeout(show, 0);
    };
    // After the next paint (the reader's list measures itself in that frame and draws its
    // blocks in the task after), then when idle.
    let idle = 0;
    const cancel = afterNextPaint(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(show, { timeout: 300 });
      else show();
    });
    return () => {
      cancel();
      if (idle !== 0) cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, [bundle, large]);
  if (large && ready !== bundle)
    return (
      <div className="network">
        <NetworkProgress
          done={0}
          count={bundle.entities.filter((e) => e.kind !== 'place').length}
        />
      </div>
    );
  return <NetworkBody bundle={bundle} />;
}

function NetworkBody({ bundle }: ViewProps) {
  const { state, update } = useViewState();
  const helpId = useId();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [table, setTable] = useState(false);
  // Pins as fractions of the panel, so a dragged node stays put when the panel resizes.
  const [pins, setPins] = useState<ReadonlyMap<string, { fx: number; fy: number }>>(new Map());
  // The key and filters float over the drawing, folded until the reader opens them: open by
  // default they took up to 45 % of the pane's height from the drawing (docs/decisions.md).
  const key = useKeyOverlay(false);
  const [exportError, setExportError] = useState<string | null>(null);
  // Costly layout: wait until a split being dragged pauses before laying out again.
  const size = useElementSize(frame, 140);
  const graph = networkGraphOf(bundle);
  const canvasMode = graph.nodes.length > CANVAS_FROM;
  const zoom = useZoom(svg, canvasMode ? ZOOM_CANVAS : ZOOM_SVG);

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
      !canvasMode && abstract && size.width > 0 && size.height > 0
        ? buildNetworkGeometry(bundle, filters, size, { pins, layout: abstract })
        : null,
    [canvasMode, bundle, filters, size, pins, abstract],
  );
  const canvasScene = useCanvasScene(graph, visible, layoutStatus, size, canvasMode);
  const hasSelection = state.selection !== null;
  const selectionFocus = hasSelection && focus.ok ? focus.focus : null;
  const emphasis = useMemo(
    () => networkEmphasis(selectionFocus, hoverFocus),
    [selectionFocus, hoverFocus],
  );
  const names = useMemo(() => new Map(bundle.entities.map((e) => [e.id, e.name])), [bundle]);
  const groupCaptions = useMemo(
    () => new Map(graph.groups.map((g) => [g.id, groupCaption(g, names)])),
    [graph, names],
  );
  // A large graph's words (accessible names, tooltips, the table) are made in a task of their
  // own, while its layout settles: nothing asks for them before it is drawn whole.
  const [wordsDue, setWordsDue] = useState(!canvasMode);
  useEffect(() => {
    if (wordsDue) return;
    // The nodes' words in one task, the edges' in the render the next one asks for: together
    // they were one long task for a 20,000-entity story (both are kept per graph).
    let timer = setTimeout(() => {
      nodeWordsOf(bundle, graph);
      timer = setTimeout(() => setWordsDue(true), 0);
    }, 0);
    return () => clearTimeout(timer);
  }, [wordsDue, bundle, graph]);
  const withWords = wordsDue || table || !canvasMode;
  const edgeWords = withWords ? edgeWordsOf(graph) : NO_EDGE_WORDS;
  const nodeWords = withWords ? nodeWordsOf(bundle, graph) : NO_NODE_WORDS;
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
  // A line drawn from a journey leg or an event selects the leg or the event.
  const tieKinds = useMemo(() => new Map(graph.edges.map((e) => [e.id, e.from])), [graph]);
  const selectRelation = useCallback(
    (id: string) => {
      const from = tieKinds.get(id) ?? 'relation';
      update({ selection: { kind: from, id } });
    },
    [update, tieKinds],
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

  const [preparing, setPreparing] = useState(false);
  const download = (format: ExportFormat) => {
    if (abstract === null || root === null || size.width <= 0) return;
    setExportError(null);
    setPreparing(true);
    // "Preparing…" is painted first: on a large graph a picture takes a moment to make.
    afterNextPaint(() => {
      exportNetwork(format, {
        bundle,
        graph,
        visible,
        // The canvas draws no SVG geometry: a picture builds it (labels placed for the file).
        scene: () =>
          flagNetworkGeometry(
            geometry ?? buildNetworkGeometry(bundle, filters, size, { layout: abstract }),
            selectionFocus,
            null,
          ),
        positions: () =>
          geometry
            ? new Map(geometry.nodes.map((n) => [n.node.id, { x: n.x, y: n.y }]))
            : fitLayout(abstract, graph.nodes, {
                ...size,
                mode: fitModeFor(graph.nodes.length),
                captions: graph.groups.length > 0,
              }).byId,
        palette: NETWORK_PALETTES[resolvedTheme()],
      })
        .catch((error: unknown) =>
          setExportError(error instanceof Error ? error.message : 'The download failed.'),
        )
        .finally(() => setPreparing(false));
    });
  };

  // Stable handlers and props, so zooming (which redraws this view) leaves the toolbar and the
  // legend alone.
  const latestDownload = useRef(download);
  useEffect(() => {
    latestDownload.current = download;
  });
  const { zoomBy, reset } = zoom;
  const actions = useMemo<ToolbarActions>(
    () => ({
      zoomIn: () => zoomBy(1.4),
      zoomOut: () => zoomBy(1 / 1.4),
      resetView: () => {
        reset();
        setPins(new Map());
      },
      toggleTable: () => setTable((t) => !t),
      download: (format) => latestDownload.current(format),
    }),
    [zoomBy, reset],
  );
  const toggleKind = useCallback(
    (kind: string) =>
      update({ hiddenKinds: toggle(filters.hiddenKinds, kind) }, { replace: false }),
    [update, filters.hiddenKinds],
  );
  const toggleRelation = useCallback(
    (kind: string) =>
      update({ hiddenRelations: toggle(filters.hiddenRelations, kind) }, { replace: false }),
    [update, filters.hiddenRelations],
  );

  const { kindCounts, relationCounts } = useMemo(() => {
    const kinds = new Map<string, number>();
    for (const n of graph.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
    const relations = new Map<string, number>();
    for (const e of graph.edges) relations.set(e.kind, (relations.get(e.kind) ?? 0) + 1);
    return { kindCounts: kinds, relationCounts: relations };
  }, [graph]);

  const status = `${visible.nodes.length} of ${graph.nodes.length} entities · ${visible.edges.length} of ${graph.edges.length} relations${state.asOf ? ` known by ${formatPartialDate(state.asOf)}` : ''}`;

  return (
    <div className="network" ref={setRoot}>
      <NetworkToolbar
        table={table}
        status={preparing ? 'Preparing the download…' : status}
        actions={actions}
        keyToggle={key}
        preparing={preparing}
      />
      {exportError && (
        <p role="alert" className="net-error">
          {exportError}
        </p>
      )}
      <p id={helpId} className="net-sr-only">
        {canvasMode
          ? `A large network of ${graph.nodes.length} entities. Tab moves to the selection, what it concerns and the main entities; Enter selects. On an entity, arrow keys move to the neighbour in that direction. On the diagram itself, plus and minus zoom, arrow keys pan, 0 resets. Show as table lists every entity.`
          : 'Tab moves to each entity, then each relation; Enter selects. On an entity, arrow keys move to the neighbour in that direction. On the diagram itself, plus and minus zoom, arrow keys pan, 0 resets. Drag an entity to pin it.'}
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
        <div className="net-frame" ref={setFrame} data-layout-panel>
          {visible.nodes.length === 0 ? (
            <p className="net-empty">
              Every kind is filtered out. Press a kind in the legend below to show it again.
            </p>
          ) : canvasMode ? (
            <>
              {canvasScene && (
                <NetworkCanvasDiagram
                  scene={canvasScene}
                  running={layoutStatus.state === 'running'}
                  emphasis={emphasis}
                  nodeWords={nodeWords}
                  edgeWords={edgeWords}
                  onSelectEntity={selectEntity}
                  onSelectRelation={selectRelation}
                  svg={svg}
                  setSvg={setSvg}
                  zoom={zoom}
                  describedBy={helpId}
                />
              )}
              {layoutStatus.state === 'running' && (
                <NetworkProgress done={layoutStatus.done} count={graph.nodes.length} />
              )}
            </>
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
      <KeyOverlay state={key} label="Network key" className="net-key">
        <NetworkLegend
          kinds={graph.entityKinds}
          relationKinds={graph.relationKinds}
          groups={graph.groups}
          groupCaptions={groupCaptions}
          hiddenKinds={filters.hiddenKinds}
          hiddenRelations={filters.hiddenRelations}
          kindCounts={kindCounts}
          relationCounts={relationCounts}
          onToggleKind={toggleKind}
          onToggleRelation={toggleRelation}
        />
      </KeyOverlay>
    </div>
  );
}

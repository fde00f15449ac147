import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { FONT_STACKS } from '../../../lib/font-stacks';
import type { ZoomApi } from '../../../ui/use-zoom';
import { canvasMarks, SUBJECT } from '../canvas/canvas-marks';
import { createHitIndex, edgeControl } from '../canvas/canvas-hit';
import { neighboursOf, type CanvasScene } from '../canvas/canvas-scene';
import { chooseLabels, type View } from '../canvas/choose-labels';
import { captionBoxes } from '../canvas/caption-boxes';
import { drawNetworkTop, type Frame } from '../canvas/draw-network-canvas';
import { createBaseCache } from '../canvas/base-cache';
import { settlingStride } from '../canvas/draw-canvas-marks';
import type { EdgeWords, NodeWords } from '../graph/network-words';
import { arrowDirection, neighbourInDirection } from '../layout/neighbour-in-direction';
import type { NetworkEmphasis } from '../network-emphasis';
import { wrapEdgeWords } from '../network-scene';
import { NetworkA11yLayer, type A11yHandlers } from './network-a11y-layer';
import { NETWORK_PALETTES } from '../export/network-palette';
import { THEME_PALETTES } from '../../../ui/theme-palette';
import { resolvedTheme } from '../../../ui/resolved-theme';
import { measureLabel } from '../layout/label-measure';
import { useThemeChanges } from './use-theme-changes';

interface Props {
  scene: CanvasScene;
  /** The layout is still settling: the picture is drawn but not yet interactive. */
  running: boolean;
  emphasis: NetworkEmphasis;
  nodeWords: ReadonlyMap<string, NodeWords>;
  edgeWords: ReadonlyMap<string, EdgeWords>;
  onSelectEntity: (id: string) => void;
  onSelectRelation: (id: string) => void;
  svg: SVGSVGElement | null;
  setSvg: (element: SVGSVGElement | null) => void;
  zoom: ZoomApi;
  describedBy: string;
}

/** The most important nodes get a button whatever is selected: ways in for the keyboard. */
const ENTRY_POINTS = 24;

/** Widths of names, kept: a frame measures the same few hundred names again and again. */
function cachedMeasure(): (text: string, size: number, bold: boolean) => number {
  const widths = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${size}|${bold ? 1 : 0}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (widths.size > 50_000) widths.clear();
      widths.set(key, (w = measureLabel(text, size, bold)));
    }
    return w;
  };
}

/**
 * The network on a canvas, for graphs past the SVG's threshold (see network-view.tsx): one
 * bitmap redrawn at most once a frame, hit testing through a quadtree, names chosen for the
 * zoom. An empty SVG on top takes the pointer and the zoom (the same zoom hook and keys as the
 * SVG drawing); the accessible layer under it holds real buttons for the selection, its
 * neighbourhood and the main nodes; the table holds everything.
 */
export function NetworkCanvasDiagram(props: Props) {
  const { scene, emphasis, zoom, svg, onSelectEntity, onSelectRelation, setSvg } = props;
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [hover, setHover] = useState({ node: -1, edge: -1, x: 0, y: 0 });
  const [focusNode, setFocusNode] = useState(-1);
  const [focusEdge, setFocusEdge] = useState(-1);
  // The node the keyboard last stood on: its neighbours keep their buttons, so arrows work.
  const [keyboardAt, setKeyboardAt] = useState(-1);
  const pendingFocus = useRef<string | null>(null);
  const theme = useThemeChanges();

  const marks = useMemo(() => canvasMarks(scene, emphasis), [scene, emphasis]);
  const widths = useMemo(() => cachedMeasure(), []);
  // The theme's colours from the palette table, looked up again when the theme changes.
  const palette = useMemo(() => {
    const name = resolvedTheme();
    return { colours: NETWORK_PALETTES[name], focus: THEME_PALETTES[name].focus, theme };
  }, [theme]);
  const { running } = props;
  // Nothing is hit or reached by the keyboard while the layout settles (a 20,000-node quadtree
  // for each set of positions it sends would be main-thread time for nothing).
  const hit = useMemo(() => (running ? null : createHitIndex(scene)), [scene, running]);
  // The selection and what it concerns are always named, subject first.
  const first = useMemo(() => {
    const subject: number[] = [];
    const rest: number[] = [];
    marks.nodes.forEach((bits, i) => {
      if (bits & SUBJECT) subject.push(i);
      else if (bits & 2) rest.push(i);
    });
    return [...subject, ...rest];
  }, [marks]);

  // Ways in: the best-connected nodes (the ones a reader would look for first).
  const entryPoints = useMemo(() => {
    if (running) return [];
    const degree = (i: number) => (scene.adjStart[i + 1] ?? 0) - (scene.adjStart[i] ?? 0);
    return scene.ids
      .map((_, i) => i)
      .sort((a, b) => degree(b) - degree(a) || a - b)
      .slice(0, ENTRY_POINTS);
  }, [scene, running]);
  // What gets a button (see NetworkA11yLayer): selection first, then the keyboard's
  // neighbourhood, then the main nodes.
  const entities = useMemo(() => {
    const out = new Set(first);
    if (keyboardAt >= 0 && keyboardAt < scene.ids.length) {
      out.add(keyboardAt);
      for (const j of neighboursOf(scene, keyboardAt)) out.add(j);
    }
    for (const i of entryPoints) out.add(i);
    return [...out];
  }, [first, keyboardAt, scene, entryPoints]);
  const relations = useMemo(() => {
    const out: number[] = [];
    marks.edges.forEach((bits, e) => {
      if (bits & 2) out.push(e);
    });
    return out;
  }, [marks]);

  // Draw at most once a frame, from the latest of everything.
  const latest = useRef({
    scene,
    marks,
    first,
    hover,
    focusNode,
    focusEdge,
    zoom,
    palette,
    running,
  });
  const queued = useRef(false);
  const bases = useMemo(() => createBaseCache(), []);
  // The scene and palette of the picture on the canvas.
  const shown = useRef<{ scene: CanvasScene | null; palette: object | null }>({
    scene: null,
    palette: null,
  });
  useEffect(() => () => bases.cancel(), [bases]);
  // What the canvas shows, for the page and its tests: the settling layout (a sample of the
  // lines, no names) or the settled picture, and how many names the last frame drew.
  const [drawn, setDrawn] = useState({ state: 'settling', names: 0 });
  // A frame is drawn at most once per animation frame, with the latest of everything; a base
  // finished in slices asks for one too.
  const drawRef = useRef<() => void>(() => undefined);
  const queueDraw = useCallback(() => {
    if (queued.current) return;
    queued.current = true;
    requestAnimationFrame(() => drawRef.current());
  }, []);
  const draw = useCallback(() => {
    queued.current = false;
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    const s = latest.current;
    if (!element || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const width = s.scene.width;
    const height = s.scene.height;
    // Sized when a frame is drawn: sizing clears the canvas, which keeps the last picture
    // while the next one's base is drawn.
    const deviceWidth = Math.round(width * dpr);
    const deviceHeight = Math.round(height * dpr);
    const t = s.zoom.transform;
    const view: View = { k: t.k, x: t.x, y: t.y, width, height };
    // While the layout settles the nodes move between frames: names would jump with them, and
    // choosing and measuring them made each progress frame of a 5k graph a long task.
    const labels = s.running
      ? []
      : chooseLabels(s.scene, view, {
          first: s.first,
          measure: widths,
          budget: 1500,
          blocked: captionBoxes(s.scene, view, (text, size) => widths(text, size, true)),
        });
    // The words of the hovered relation, else the selected one's, at its middle.
    let edge = s.hover.edge;
    if (edge < 0) edge = s.marks.edges.findIndex((bits) => (bits & SUBJECT) !== 0);
    let edgeLabel = null;
    if (edge >= 0) {
      const words = props.edgeWords.get(s.scene.edges.ids[edge] ?? '');
      if (words) {
        const fontSize = s.scene.fontSize;
        const lines = [...wrapEdgeWords(words.text, fontSize), ...(words.date ? [words.date] : [])];
        const src = s.scene.edges.source[edge] ?? 0;
        const tgt = s.scene.edges.target[edge] ?? 0;
        const c = edgeControl(s.scene, edge);
        const wx = c
          ? 0.25 * (s.scene.x[src] ?? 0) + 0.5 * c.cx + 0.25 * (s.scene.x[tgt] ?? 0)
          : ((s.scene.x[src] ?? 0) + (s.scene.x[tgt] ?? 0)) / 2;
        const wy = c
          ? 0.25 * (s.scene.y[src] ?? 0) + 0.5 * c.cy + 0.25 * (s.scene.y[tgt] ?? 0)
          : ((s.scene.y[src] ?? 0) + (s.scene.y[tgt] ?? 0)) / 2;
        edgeLabel = {
          lines,
          x: wx * t.k + t.x,
          y: wy * t.k + t.y,
          fontSize,
          width: Math.max(...lines.map((l) => widths(l, fontSize, false))),
        };
      }
    }
    const frame: Frame = {
      view,
      dpr,
      marks: s.marks,
      hoverNode: s.hover.node,
      hoverEdge: s.hover.edge,
      focusNode: -1,
      focusEdge: s.focusEdge,
      labels,
      edgeLabel,
      palette: s.palette.colours,
      focus: s.palette.focus,
      fontFamily: FONT_STACKS.sans,
      // While the layout settles, a sample of the lines: the positions change every few frames.
      lineStride: s.running ? settlingStride(s.scene.edges.count) : 1,
    };
    // The base (every line and shape) is kept as a bitmap until the scene, the zoom, the size,
    // the theme or the dimming change: a click or a hover draws only the top over a copy of it.
    // A new picture (new positions, a filter, a resize, a theme) waits for its base, drawn in
    // slices of a few ms, and the canvas shows the last picture meanwhile; a frame answering an
    // input (a click, a zoom) draws what it lacks at once.
    const newPicture = s.scene !== shown.current.scene || s.palette !== shown.current.palette;
    const base = newPicture
      ? bases.request(s.scene, s.palette, frame, deviceWidth, deviceHeight, queueDraw)
      : bases.get(s.scene, s.palette, frame, deviceWidth, deviceHeight);
    if (!base) return;
    shown.current = { scene: s.scene, palette: s.palette };
    if (element.width !== deviceWidth) element.width = deviceWidth;
    if (element.height !== deviceHeight) element.height = deviceHeight;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.globalCompositeOperation = 'copy';
    ctx.drawImage(base, 0, 0);
    ctx.globalCompositeOperation = 'source-over';
    drawNetworkTop(ctx, s.scene, frame);
    // A settled picture: the base a first click (or clearing the selection) needs, made idle.
    if (!s.running) bases.prepareOther(s.scene, s.palette, frame, deviceWidth, deviceHeight);
    const state = s.running ? 'settling' : 'complete';
    const names = labels.length;
    setDrawn((old) => (old.state === state && old.names === names ? old : { state, names }));
  }, [props.edgeWords, widths, bases, queueDraw]);
  useEffect(() => {
    drawRef.current = draw;
  }, [draw]);
  useEffect(() => {
    latest.current = { scene, marks, first, hover, focusNode, focusEdge, zoom, palette, running };
    queueDraw();
  }, [scene, marks, first, hover, focusNode, focusEdge, zoom, palette, running, draw, queueDraw]);

  // Keyboard focus that moved to a button not drawn before: focus it once it exists.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const element = buttons.current.get(id);
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  const worldAt = useCallback(
    (event: { clientX: number; clientY: number }) => {
      const box = svg?.getBoundingClientRect();
      const t = zoom.transform;
      if (!box) return null;
      return {
        x: (event.clientX - box.left - t.x) / t.k,
        y: (event.clientY - box.top - t.y) / t.k,
      };
    },
    [svg, zoom.transform],
  );

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    if (!hit) return;
    const at = worldAt(event);
    if (!at) return;
    const node = hit.nodeAt(at, zoom.transform.k);
    if (node >= 0) {
      onSelectEntity(scene.ids[node] ?? '');
      return;
    }
    const edge = hit.edgeAt(at, zoom.transform.k);
    if (edge >= 0) onSelectRelation(scene.edges.ids[edge] ?? '');
  };

  const hovering = useRef(false);
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!hit || event.buttons !== 0 || hovering.current) return;
    hovering.current = true;
    const { clientX, clientY } = event;
    requestAnimationFrame(() => {
      hovering.current = false;
      const at = worldAt({ clientX, clientY });
      if (!at) return;
      const node = hit.nodeAt(at, zoom.transform.k);
      const edge = node >= 0 ? -1 : hit.edgeAt(at, zoom.transform.k);
      const box = svg?.getBoundingClientRect();
      setHover((old) =>
        old.node === node && old.edge === edge
          ? old
          : { node, edge, x: clientX - (box?.left ?? 0), y: clientY - (box?.top ?? 0) },
      );
    });
  };

  const { onKeyDown: onZoomKey, panBy } = zoom;
  const onSurfaceKey = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      if (event.target === event.currentTarget) onZoomKey(event);
    },
    [onZoomKey],
  );

  const transform = zoom.transform;
  const handlers = useMemo<A11yHandlers>(
    () => ({
      selectEntity: onSelectEntity,
      selectRelation: onSelectRelation,
      keyDownEntity: (event, index) => {
        const direction = arrowDirection(event.key);
        if (direction === null) return;
        event.preventDefault();
        const from = { x: scene.x[index] ?? 0, y: scene.y[index] ?? 0 };
        const next = neighbourInDirection(
          from,
          neighboursOf(scene, index).map((j) => ({
            id: String(j),
            x: scene.x[j] ?? 0,
            y: scene.y[j] ?? 0,
          })),
          direction,
        );
        if (next === null) return;
        const j = Number(next);
        setKeyboardAt(j);
        pendingFocus.current = scene.ids[j] ?? null;
        // Bring it into view if it is off screen.
        const t = latest.current.zoom.transform;
        const sx = (scene.x[j] ?? 0) * t.k + t.x;
        const sy = (scene.y[j] ?? 0) * t.k + t.y;
        if (sx < 20 || sy < 20 || sx > scene.width - 20 || sy > scene.height - 20)
          panBy(scene.width / 2 - sx, scene.height / 2 - sy);
      },
      focusEntity: (index) => {
        setFocusNode(index);
        if (index >= 0) setKeyboardAt(index);
      },
      focusRelation: setFocusEdge,
      register: (id, element) => {
        if (element) buttons.current.set(id, element);
        else buttons.current.delete(id);
      },
    }),
    [scene, onSelectEntity, onSelectRelation, panBy],
  );

  const hoverName =
    hover.node >= 0
      ? (props.nodeWords.get(scene.ids[hover.node] ?? '')?.ariaLabel ?? scene.names[hover.node])
      : null;

  return (
    <>
      <canvas
        ref={canvas}
        className="net-canvas"
        style={{ width: scene.width, height: scene.height }}
        aria-hidden="true"
      />
      {/* The pointer's and the zoom's surface; the drawing itself is on the canvas below. */}
      <svg
        ref={setSvg}
        className="network-svg net-canvas-surface"
        viewBox={`0 0 ${scene.width} ${scene.height}`}
        role="group"
        aria-label="Network diagram"
        aria-describedby={props.describedBy}
        tabIndex={0}
        onKeyDown={onSurfaceKey}
        onClick={onClick}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover({ node: -1, edge: -1, x: 0, y: 0 })}
        data-layout={props.running ? 'running' : 'done'}
        data-drawn={drawn.state}
        data-names={drawn.names}
        data-renderer="canvas"
        data-hover={hover.node >= 0 || hover.edge >= 0 ? 'true' : undefined}
      />
      {!props.running && (
        <NetworkA11yLayer
          scene={scene}
          transform={transform}
          entities={entities}
          relations={relations}
          entityLabel={(i) =>
            props.nodeWords.get(scene.ids[i] ?? '')?.ariaLabel ?? scene.names[i] ?? ''
          }
          relationLabel={(e) => props.edgeWords.get(scene.edges.ids[e] ?? '')?.ariaLabel ?? ''}
          selected={(id) => emphasis.concerned.has(id)}
          subject={(id) => emphasis.subject.has(id)}
          handlers={handlers}
        />
      )}
      {hoverName && (
        <div
          className="net-canvas-tooltip"
          aria-hidden="true"
          style={{ left: hover.x + 12, top: hover.y + 12 }}
        >
          {hoverName}
        </div>
      )}
    </>
  );
}

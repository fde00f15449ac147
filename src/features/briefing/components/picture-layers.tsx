import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import {
  markMoves,
  SLIDE_TRANSITION_MS,
  toLocal,
  type MarkMove,
  type ScreenBox,
} from './mark-moves';
import { readCamera, type PictureCamera } from '../../../lib/picture-camera';
import { cameraMove, type Affine, type CameraMove } from './camera-move';
import { SvgTree } from './svg-tree';
import { useTween } from './use-tween';

/**
 * Every mark of a drawn picture, by its key, with its box in the picture's own units (its
 * geometry through its CTM, which no page layout can shift) and its parent.
 */
function measure(root: Element | null): Map<string, { box: ScreenBox; parent: Element | null }> {
  const found = new Map<string, { box: ScreenBox; parent: Element | null }>();
  if (root === null) return found;
  for (const el of root.querySelectorAll('[data-mark-key]')) {
    const key = el.getAttribute('data-mark-key');
    if (key === null || !(el instanceof SVGGraphicsElement)) continue;
    const b = el.getBBox();
    const m = el.getCTM();
    if (m === null || (b.width === 0 && b.height === 0)) continue;
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [x, y] of [
      [b.x, b.y],
      [b.x + b.width, b.y],
      [b.x, b.y + b.height],
      [b.x + b.width, b.y + b.height],
    ] as const) {
      xs.push(m.a * x + m.c * y + m.e);
      ys.push(m.b * x + m.d * y + m.f);
    }
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    found.set(key, {
      box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y },
      parent: el.parentElement,
    });
  }
  return found;
}

/** The moves of one picture's marks, from the picture's units into each mark's own. */
function localMoves(
  moves: Map<string, MarkMove>,
  marks: Map<string, { parent: Element | null }>,
): Map<string, MarkMove> {
  const local = new Map<string, MarkMove>();
  for (const [key, move] of moves) {
    const parent = marks.get(key)?.parent;
    const ctm = parent instanceof SVGGraphicsElement ? parent.getCTM() : null;
    if (ctm !== null) local.set(key, toLocal(move, ctm));
  }
  return local;
}

interface Moves {
  /** The two pictures the moves were measured for. */
  from: string;
  svg: string;
  shown: Map<string, MarkMove>;
  leaving: Map<string, MarkMove>;
  /** Two map pictures: the camera flies from one frame to the other (the marks ride along). */
  camera: CameraMove | null;
}

/** The projection a map picture was drawn with, and its size, from its root `<svg>`. */
function pictureCamera(svg: string): { camera: PictureCamera; size: string } | null {
  const open = /^[\s\S]*?<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const camera = readCamera(/\sdata-camera="([^"]*)"/.exec(open)?.[1]);
  const size = /\sviewBox="([^"]*)"/.exec(open)?.[1];
  return camera && size !== undefined ? { camera, size } : null;
}

/**
 * Under a camera move the two pictures line up exactly only at the frames' centres: each mark
 * both share starts from where the first picture had it by a glide that the move takes back to
 * nothing, so nothing jumps when the first picture starts to fade. In each mark's own units,
 * through the first frame's placement of the arriving picture.
 */
function residualMoves(
  first: Affine,
  before: Map<string, { box: ScreenBox }>,
  after: Map<string, { box: ScreenBox; parent: Element | null }>,
): Map<string, MarkMove> {
  const moves = new Map<string, MarkMove>();
  for (const [key, { box, parent }] of after) {
    const was = before.get(key)?.box;
    const ctm = parent instanceof SVGGraphicsElement ? parent.getCTM() : null;
    if (was === undefined || ctm === null) continue;
    const bx = box.x + box.width / 2;
    const by = box.y + box.height / 2;
    const move = {
      dx: first.a * bx + first.c * by + first.e - (was.x + was.width / 2),
      dy: first.b * bx + first.d * by + first.f - (was.y + was.height / 2),
    };
    const linear = {
      a: first.a * ctm.a + first.c * ctm.b,
      b: first.b * ctm.a + first.d * ctm.b,
      c: first.a * ctm.c + first.c * ctm.d,
      d: first.b * ctm.c + first.d * ctm.d,
    };
    if (Math.hypot(move.dx, move.dy) >= 0.5) moves.set(key, toLocal(move, linear));
  }
  return moves;
}

/** A camera frame's placement of one picture, as a CSS transform in the picture's units. */
const matrix = (m: Affine) => `matrix(${m.a}, ${m.b}, ${m.c}, ${m.d}, ${m.e}, ${m.f})`;

/**
 * A slide's picture, and during a transition the picture it replaces laid over it: the old one
 * fades out while the marks both share (keyed by their bundle ids) glide from where they were
 * to where they are. Measured on screen once, then driven by one custom property (--t), so a
 * frame costs a style change, not a redraw. Without `from` it is the picture alone.
 */
export function PictureLayers(props: {
  svg: string;
  label: string;
  /** The picture being left, while the transition runs; null otherwise. */
  from: string | null;
  onEnd: () => void;
}) {
  const { svg, label, from, onEnd } = props;
  const shownRoot = useRef<HTMLDivElement>(null);
  const leavingRoot = useRef<HTMLDivElement>(null);
  const [moves, setMoves] = useState<Moves | null>(null);
  // Moves measured for other pictures are never applied: a redraw measures afresh, unmoved.
  const current = moves !== null && moves.from === from && moves.svg === svg ? moves : null;

  // Measured before paint, so the first frame shown already has every mark where it was.
  useLayoutEffect(() => {
    if (from === null) return;
    const before = measure(leavingRoot.current);
    const after = measure(shownRoot.current);
    const screen = markMoves(
      new Map([...before].map(([k, v]) => [k, v.box])),
      new Map([...after].map(([k, v]) => [k, v.box])),
    );
    // Two map pictures of one size: move the camera, which carries every mark with the ground.
    const a = pictureCamera(from);
    const b = pictureCamera(svg);
    const box = a && b && a.size === b.size ? a.size.split(/\s+/).map(Number) : null;
    const camera =
      a && b && box && box.length === 4
        ? cameraMove(a.camera, b.camera, { width: box[2] ?? 0, height: box[3] ?? 0 })
        : null;
    setMoves({
      from,
      svg,
      shown: camera ? residualMoves(camera(0).shown, before, after) : localMoves(screen, after),
      leaving: camera ? new Map() : localMoves(screen, before),
      camera,
    });
  }, [from, svg]);

  const t = useTween(current, SLIDE_TRANSITION_MS, onEnd);
  const running = from !== null;
  const frame = current?.camera ? current.camera(t) : null;
  const isMap = pictureCamera(svg) !== null;
  const style: Record<string, string> = running ? { '--t': String(current === null ? 0 : t) } : {};
  if (frame) {
    // The ground colour behind both: where a picture zoomed out or turned leaves a corner
    // uncovered, the eye sees sea, not a hole in the map.
    const ground = /<rect width="[^"]*" height="[^"]*" fill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
    if (ground !== undefined) style.backgroundColor = ground;
    style['--camera-shown'] = matrix(frame.shown);
    style['--camera-leaving'] = matrix(frame.leaving);
  }
  return (
    <div
      className="deck-picture-layers"
      data-transition={running ? 'running' : undefined}
      data-map-scale={frame ? frame.scale.toFixed(1) : undefined}
      style={running ? (style as CSSProperties) : undefined}
    >
      <div className="deck-picture-shown" ref={shownRoot}>
        <SvgTree svg={svg} label={label} moves={current?.shown} camera={isMap} />
      </div>
      {from !== null && (
        <div className="deck-picture-leaving" ref={leavingRoot} aria-hidden="true">
          <SvgTree svg={from} label="" ghost moves={current?.leaving} camera={isMap} />
        </div>
      )}
    </div>
  );
}

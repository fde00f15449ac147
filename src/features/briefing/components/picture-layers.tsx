import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import {
  markMoves,
  SLIDE_TRANSITION_MS,
  toLocal,
  type MarkMove,
  type ScreenBox,
} from './mark-moves';
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
}

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
    setMoves({ from, svg, shown: localMoves(screen, after), leaving: localMoves(screen, before) });
  }, [from, svg]);

  const t = useTween(current, SLIDE_TRANSITION_MS, onEnd);
  const running = from !== null;
  return (
    <div
      className="deck-picture-layers"
      data-transition={running ? 'running' : undefined}
      style={running ? ({ '--t': String(current === null ? 0 : t) } as CSSProperties) : undefined}
    >
      <div className="deck-picture-shown" ref={shownRoot}>
        <SvgTree svg={svg} label={label} moves={current?.shown} />
      </div>
      {from !== null && (
        <div className="deck-picture-leaving" ref={leavingRoot} aria-hidden="true">
          <SvgTree svg={from} label="" ghost moves={current?.leaving} />
        </div>
      )}
    </div>
  );
}

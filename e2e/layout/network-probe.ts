/**
 * The network's own layout rules, read from the page beside the shared ones of `layout-probe.ts`
 * (which checks every node's label, leader, panel, controls, overlaps and clipped text through
 * the same hooks the map and the timeline set). `probeNetwork` and `probeRelationWords` run
 * inside the page (Playwright serialises them, so they use nothing from outside their bodies).
 *
 * The hooks it reads (set by the network's SVG renderer):
 * - `[data-layout-panel]` — the drawing's frame;
 * - `.net-edge-line` — a relation's drawn line; `.net-hull`, `.net-caption` — a grouping's
 *   hull and its name;
 * - `[data-label-for]` — a node's name; `[data-mark-for]` — a node's shape;
 * - `.net-edge-target` — a relation's pointer target (hovering it shows the relation's words,
 *   `.net-edge-label`, and nothing else changes).
 */

/** One broken rule, for one item. */
export interface NetworkProblem {
  rule: 'outside-panel' | 'overlap' | 'words-over-name';
  item: string;
  detail: string;
}

/** The network's extra findings in one view. */
export interface NetworkProbe {
  /** Node names crossed by a relation's line, as "name × relation" pairs. */
  crossings: string[];
  /** Nodes left unnamed by the level-of-detail rule (no free spot). */
  unnamed: string[];
  /** Relation lines drawn, and nodes drawn. */
  lines: number;
  nodes: number;
  /** The panel's area in CSS px². */
  area: number;
  problems: NetworkProblem[];
}

export function probeNetwork(args: { region: string }): NetworkProbe {
  type Rect = { left: number; top: number; right: number; bottom: number };
  const out: NetworkProbe = {
    crossings: [],
    unnamed: [],
    lines: 0,
    nodes: 0,
    area: 0,
    problems: [],
  };
  const region = document.querySelector(`section[aria-label="${args.region}"]`);
  const panel = region?.querySelector<HTMLElement>('[data-layout-panel]');
  const svg = panel?.querySelector('svg.network-svg');
  if (!region || !panel || !svg) return out;
  for (const el of svg.querySelectorAll('[data-entity][data-label-lod]'))
    out.unnamed.push(el.getAttribute('data-entity') ?? '?');
  const r0 = (n: number) => Math.round(n);
  const show = (r: Rect) => `${r0(r.left)},${r0(r.top)}–${r0(r.right)},${r0(r.bottom)}`;
  const rectOf = (el: Element): Rect => {
    const b = el.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  };
  const overlap = (a: Rect, b: Rect, slack: number) =>
    a.left < b.right - slack &&
    b.left < a.right - slack &&
    a.top < b.bottom - slack &&
    b.top < a.bottom - slack;
  const pb = panel.getBoundingClientRect();
  const panelRect: Rect = {
    left: pb.left + panel.clientLeft,
    top: pb.top + panel.clientTop,
    right: pb.left + panel.clientLeft + panel.clientWidth,
    bottom: pb.top + panel.clientTop + panel.clientHeight,
  };
  out.area = (panelRect.right - panelRect.left) * (panelRect.bottom - panelRect.top);
  out.lines = svg.querySelectorAll('.net-edge-line').length;
  out.nodes = svg.querySelectorAll('[data-entity]').length;
  const inside = (r: Rect) =>
    r.left >= panelRect.left - 0.5 &&
    r.top >= panelRect.top - 0.5 &&
    r.right <= panelRect.right + 0.5 &&
    r.bottom <= panelRect.bottom + 0.5;

  // Hulls, their names and the lines stay in the panel (the nodes and names are checked by the
  // shared probe).
  for (const el of svg.querySelectorAll('.net-hull, .net-caption, .net-edge-line')) {
    const r = rectOf(el);
    if (!inside(r))
      out.problems.push({
        rule: 'outside-panel',
        item: el.getAttribute('class') ?? 'mark',
        detail: `${show(r)} outside the panel ${show(panelRect)}`,
      });
  }

  const names = [...svg.querySelectorAll('[data-label-for]')].map((el) => ({
    id: el.getAttribute('data-label-for') ?? '',
    r: rectOf(el),
  }));
  const marks = [...svg.querySelectorAll('[data-mark-for]')].map((el) => ({
    id: el.getAttribute('data-mark-for') ?? '',
    r: rectOf(el),
  }));
  // A grouping's name covers no node and no node's name.
  for (const caption of svg.querySelectorAll('.net-caption')) {
    const c = rectOf(caption);
    const words = caption.textContent ?? '';
    for (const n of names)
      if (overlap(c, n.r, 1))
        out.problems.push({
          rule: 'overlap',
          item: `caption "${words}"`,
          detail: `over ${n.id}'s name`,
        });
    for (const m of marks)
      if (overlap(c, m.r, 1))
        out.problems.push({
          rule: 'overlap',
          item: `caption "${words}"`,
          detail: `over ${m.id}'s mark`,
        });
  }

  // Names crossed by lines: points along every drawn line, 2 px apart, inside a name's box
  // (shrunk by 1 px, so a line grazing the box's edge does not count).
  for (const line of svg.querySelectorAll<SVGPathElement>('.net-edge-line')) {
    const m = line.getScreenCTM();
    if (!m) continue;
    const length = line.getTotalLength();
    const points: DOMPoint[] = [];
    for (let at = 0; at <= length; at += 2) {
      const p = line.getPointAtLength(at);
      points.push(new DOMPoint(p.x, p.y).matrixTransform(m));
    }
    const relation =
      line
        .closest('.net-edge')
        ?.querySelector('[data-hit-relation]')
        ?.getAttribute('data-hit-relation') ?? '?';
    for (const n of names) {
      const hit = points.some(
        (p) =>
          p.x > n.r.left + 1 && p.x < n.r.right - 1 && p.y > n.r.top + 1 && p.y < n.r.bottom - 1,
      );
      if (hit) out.crossings.push(`${n.id} × ${relation}`);
    }
  }
  return out;
}

/**
 * Each relation's words, shown one at a time by hovering its line as a reader would (the
 * pointer events React listens to), must cover no node's name and no node; they stay in the
 * panel. Leaves nothing hovered.
 */
export async function probeRelationWords(args: { region: string }): Promise<NetworkProblem[]> {
  type Rect = { left: number; top: number; right: number; bottom: number };
  const out: NetworkProblem[] = [];
  const region = document.querySelector(`section[aria-label="${args.region}"]`);
  const panel = region?.querySelector<HTMLElement>('[data-layout-panel]');
  const svg = panel?.querySelector('svg.network-svg');
  if (!region || !panel || !svg) return out;
  // React renders a hover on its next task: poll task by task for the words to come and go.
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const rectOf = (el: Element): Rect => {
    const b = el.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  };
  const overlap = (a: Rect, b: Rect, slack: number) =>
    a.left < b.right - slack &&
    b.left < a.right - slack &&
    a.top < b.bottom - slack &&
    b.top < a.bottom - slack;
  const pb = panel.getBoundingClientRect();
  const names = [...svg.querySelectorAll('[data-label-for]')].map((el) => ({
    id: el.getAttribute('data-label-for') ?? '',
    r: rectOf(el),
  }));
  const marks = [...svg.querySelectorAll('[data-mark-for]')].map((el) => ({
    id: el.getAttribute('data-mark-for') ?? '',
    r: rectOf(el),
  }));
  for (const target of svg.querySelectorAll<SVGPathElement>('.net-edge-target')) {
    const id = target.getAttribute('data-hit-relation') ?? '?';
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    target.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false }));
    let label: Element | null = null;
    for (let i = 0; i < 200 && !label; i += 1) {
      await tick();
      label = svg.querySelector('.net-edge-label-bg');
    }
    if (!label) out.push({ rule: 'words-over-name', item: id, detail: 'hovering showed no words' });
    else {
      const box = rectOf(label);
      const where = `words ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`;
      for (const n of names)
        if (overlap(box, n.r, 1))
          out.push({ rule: 'words-over-name', item: id, detail: `${where} over ${n.id}'s name` });
      for (const m of marks)
        if (overlap(box, m.r, 1))
          out.push({ rule: 'words-over-name', item: id, detail: `${where} over ${m.id}'s mark` });
      if (box.left < pb.left || box.top < pb.top || box.right > pb.right || box.bottom > pb.bottom)
        out.push({ rule: 'outside-panel', item: id, detail: `${where} outside the panel` });
    }
    target.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
    target.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
    for (let i = 0; i < 200 && svg.querySelector('.net-edge-label-bg'); i += 1) await tick();
  }
  return out;
}

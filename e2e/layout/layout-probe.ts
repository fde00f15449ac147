/**
 * The layout rules of issue 12, read from the page: boxes of the drawn marks and their labels,
 * never pixels of a screenshot. `probeLayout` runs inside the page (Playwright serialises it, so
 * it may use nothing from outside its own body).
 *
 * The hooks it reads (set by the map and the timeline):
 * - `[data-layout-panel]` — the box a view draws in; nothing may stand outside its visible part;
 * - `[data-layout-control="…"]` — a control or badge drawn over the panel (zoom buttons, the
 *   "As of…" badge, the scale bar, an open key, the ruler): no mark or label may stand under it;
 * - `[data-entity]`, `[data-leg]`, `[data-event]` — the items (the testing contract's hooks);
 * - `[data-mark-for~="<id>"]` — the item's mark (a dot, a square, an edge arrow, a leg's numbered
 *   marker and arrowhead, an event's point or bar); `[data-off-map="<side>"]` on an edge arrow;
 * - `[data-label-for="<id>"]` — the item's label text; `[data-label-group]` joins the lines of
 *   one label (a city and the country at its point); `[data-leader-for="<group>"]` — the leader
 *   line from a label set apart back to its mark;
 * - `[data-label-lod="<rule>"]` on an item — its label is left out by a documented
 *   level-of-detail rule (docs/map.md, docs/timeline.md) and shown on demand.
 */

/** One broken rule, for one item. */
export interface LayoutProblem {
  rule:
    | 'unlabelled'
    | 'far-from-mark'
    | 'under-control'
    | 'outside-panel'
    | 'off-map-label'
    | 'misaligned'
    | 'overlap'
    | 'clipped-text';
  item: string;
  detail: string;
}

/** What one view holds and what is wrong with it. */
export interface LayoutProbe {
  /** Is the view drawn (a panel with items, or a sentence saying there is nothing to draw)? */
  drawn: boolean;
  items: number;
  labels: number;
  onDemand: number;
  problems: LayoutProblem[];
}

/** Tolerances, in CSS px. */
export interface ProbeLimits {
  /** A label this close to its mark needs no leader. */
  near: number;
  /** An off-map arrow's label stays within this band of the panel edge the arrow is on. */
  edgeBand: number;
  /** A leader's ends lie within this of the mark and the label. */
  leaderSlack: number;
}

export function probeLayout(args: { region: string; limits: ProbeLimits }): LayoutProbe {
  const { limits } = args;
  type Rect = { left: number; top: number; right: number; bottom: number };
  const out: LayoutProbe = { drawn: false, items: 0, labels: 0, onDemand: 0, problems: [] };
  const region = document.querySelector<HTMLElement>(
    `section[aria-label="${args.region}"], [role="region"][aria-label="${args.region}"]`,
  );
  if (!region || region.getClientRects().length === 0) return out;

  const r0 = (n: number) => Math.round(n);
  const show = (r: Rect) => `${r0(r.left)},${r0(r.top)}–${r0(r.right)},${r0(r.bottom)}`;
  const rectOf = (el: Element): Rect | null => {
    if (el.getClientRects().length === 0) return null;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return null;
    const b = el.getBoundingClientRect();
    if (b.width <= 0 && b.height <= 0) return null;
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  };
  const union = (rs: Rect[]): Rect | null =>
    rs.length === 0
      ? null
      : {
          left: Math.min(...rs.map((r) => r.left)),
          top: Math.min(...rs.map((r) => r.top)),
          right: Math.max(...rs.map((r) => r.right)),
          bottom: Math.max(...rs.map((r) => r.bottom)),
        };
  const gap = (a: Rect, b: Rect) => {
    const dx = Math.max(0, a.left - b.right, b.left - a.right);
    const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
    return Math.hypot(dx, dy);
  };
  const overlap = (a: Rect, b: Rect, slack: number) =>
    a.left < b.right - slack &&
    b.left < a.right - slack &&
    a.top < b.bottom - slack &&
    b.top < a.bottom - slack;
  const within = (a: Rect, b: Rect, slack: number) =>
    a.left >= b.left - slack &&
    a.top >= b.top - slack &&
    a.right <= b.right + slack &&
    a.bottom <= b.bottom + slack;
  const pointNear = (x: number, y: number, r: Rect, slack: number) =>
    x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;
  const attr = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const problem = (rule: LayoutProblem['rule'], item: string, detail: string) =>
    out.problems.push({ rule, item, detail });

  const panel = region.querySelector<HTMLElement>('[data-layout-panel]');
  // Is a sentence saying there is nothing to draw here instead?
  const empty = region.querySelector('.tl-empty, .map-empty, [data-nothing-to-draw]');
  if (!panel) {
    out.drawn = empty !== null;
    return out;
  }
  out.drawn = true;
  // A panel that scrolls vertically (the timeline strip) may hold rows a scroll away; nothing may
  // hide to its sides.
  const panelScrollsY = /(auto|scroll)/.test(getComputedStyle(panel).overflowY);
  const pb = panel.getBoundingClientRect();
  const panelRect: Rect = {
    left: pb.left + panel.clientLeft,
    top: pb.top + panel.clientTop,
    right: pb.left + panel.clientLeft + panel.clientWidth,
    bottom: pb.top + panel.clientTop + panel.clientHeight,
  };

  const controls: { name: string; el: Element; r: Rect }[] = [];
  for (const el of region.querySelectorAll('[data-layout-control]')) {
    const r = rectOf(el);
    if (r) controls.push({ name: el.getAttribute('data-layout-control') ?? 'control', el, r });
  }

  interface Item {
    key: string;
    id: string;
    marks: { el: Element; r: Rect }[];
    labels: Rect[];
    groups: Set<string>;
    firstLine: Rect | null;
  }
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const el of panel.querySelectorAll<HTMLElement>('[data-entity], [data-leg], [data-event]')) {
    const kind = el.dataset.entity !== undefined ? 'entity' : el.dataset.leg ? 'leg' : 'event';
    const id = el.dataset.entity ?? el.dataset.leg ?? el.dataset.event ?? '';
    const key = `${kind} ${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.items += 1;
    const marks = [...panel.querySelectorAll(`[data-mark-for~="${attr(id)}"]`)]
      .map((m) => ({ el: m, r: rectOf(m) }))
      .filter((m): m is { el: Element; r: Rect } => m.r !== null);
    const labelEls = [...panel.querySelectorAll(`[data-label-for="${attr(id)}"]`)];
    const labels = labelEls.map(rectOf).filter((r): r is Rect => r !== null);
    const groups = new Set(
      labelEls.map((l) => l.getAttribute('data-label-group') ?? id).filter((g) => g !== ''),
    );
    const first = labelEls[0]?.querySelector('tspan') ?? null;
    const item: Item = {
      key,
      id,
      marks,
      labels,
      groups,
      firstLine: first ? rectOf(first) : null,
    };
    items.push(item);
    const lod = el.dataset.labelLod;
    if (labels.length > 0) out.labels += 1;
    if (lod) out.onDemand += 1;
    if (labels.length === 0 && !lod)
      problem(
        'unlabelled',
        key,
        marks.length === 0 ? 'nothing drawn and no rule says why' : 'a mark with no label',
      );
    const label = union(labels);
    const boxes = [...marks.map((m) => m.r), ...labels];
    for (const b of boxes) {
      const scope = panelScrollsY ? { ...panelRect, top: -Infinity, bottom: Infinity } : panelRect;
      if (!within(b, scope, 0.5))
        problem('outside-panel', key, `${show(b)} outside the panel ${show(panelRect)}`);
      for (const c of controls)
        if (!c.el.contains(el) && overlap(b, c.r, 0.5))
          problem('under-control', key, `${show(b)} under the ${c.name} ${show(c.r)}`);
    }
    if (!label || marks.length === 0) continue;
    // A label block of several lines (a city and the country at its dot) stands beside its mark
    // as a whole: the distance is from the block, not from the one line naming this item.
    const block =
      union(
        [...item.groups].flatMap((g) =>
          [...panel.querySelectorAll(`[data-label-group="${attr(g)}"]`)]
            .map(rectOf)
            .filter((r): r is Rect => r !== null),
        ),
      ) ?? label;
    const distance = Math.min(...marks.map((m) => gap(m.r, block)));
    if (distance > limits.near) {
      // Set apart: it must be joined to its mark by a leader.
      const joined = [...item.groups].some((g) =>
        [...panel.querySelectorAll<SVGPathElement>(`[data-leader-for="${attr(g)}"]`)].some(
          (path) => {
            const m = path.getScreenCTM();
            if (!m || typeof path.getTotalLength !== 'function') return false;
            const length = path.getTotalLength();
            const ends = [path.getPointAtLength(0), path.getPointAtLength(length)].map((p) =>
              new DOMPoint(p.x, p.y).matrixTransform(m),
            );
            const [a, b] = ends as [DOMPoint, DOMPoint];
            const touches = (p: DOMPoint, r: Rect) => pointNear(p.x, p.y, r, limits.leaderSlack);
            return marks.some(
              (mk) =>
                (touches(a, mk.r) && touches(b, block)) || (touches(b, mk.r) && touches(a, block)),
            );
          },
        ),
      );
      if (!joined)
        problem(
          'far-from-mark',
          key,
          `label ${show(label)} is ${r0(distance)} px from its mark, with no leader`,
        );
    }
    for (const m of marks) {
      const side = m.el.getAttribute('data-off-map');
      if (!side) continue;
      const fromEdge =
        side === 'left'
          ? label.left - panelRect.left
          : side === 'right'
            ? panelRect.right - label.right
            : side === 'top'
              ? label.top - panelRect.top
              : panelRect.bottom - label.bottom;
      if (fromEdge > limits.edgeBand)
        problem(
          'off-map-label',
          key,
          `the arrow is on the ${side} edge; its label ${show(label)} is ${r0(fromEdge)} px in`,
        );
    }
    if (kind === 'event' && item.firstLine) {
      const mark = union(marks.map((m) => m.r));
      if (mark) {
        const inside = label.left >= mark.left - 0.5 && label.right <= mark.right + 0.5;
        const after = label.left - mark.right;
        const before = mark.left - label.right;
        const beside = inside || (after >= -0.5 && after <= 12) || (before >= -0.5 && before <= 12);
        const lineY = (item.firstLine.top + item.firstLine.bottom) / 2;
        const onRow = inside
          ? lineY >= mark.top && lineY <= mark.bottom
          : Math.abs(lineY - (mark.top + mark.bottom) / 2) <= 4;
        if (!beside || !onRow)
          problem(
            'misaligned',
            key,
            `words ${show(label)} (first line at y ${r0(lineY)}), mark ${show(mark)}`,
          );
      }
    }
  }

  // Labels of different marks never overlap; no label covers another item's mark.
  const groups = new Map<string, { key: string; r: Rect[] }>();
  for (const item of items)
    for (const g of item.groups.size > 0 ? item.groups : new Set([item.key])) {
      const entry = groups.get(g) ?? { key: item.key, r: [] };
      entry.r.push(...item.labels);
      groups.set(g, entry);
    }
  const labelGroups = [...groups.entries()]
    .map(([g, v]) => ({ g, key: v.key, r: union(v.r) }))
    .filter((v): v is { g: string; key: string; r: Rect } => v.r !== null);
  for (const [i, a] of labelGroups.entries())
    for (const b of labelGroups.slice(i + 1))
      if (overlap(a.r, b.r, 1)) problem('overlap', a.key, `its label overlaps ${b.key}'s label`);
  for (const a of labelGroups)
    for (const item of items) {
      if (item.groups.has(a.g) || item.key === a.key) continue;
      for (const m of item.marks)
        if (overlap(a.r, m.r, 1)) problem('overlap', a.key, `its label covers ${item.key}'s mark`);
    }

  // Text cut by something that clips it (overflow hidden, an SVG's edge), or ending in an
  // ellipsis because it did not fit.
  // Only what clips between the text and the nearest box that scrolls counts: text scrolled out
  // of a scroll box is a scroll away, not cut (the box itself must not hide it sideways).
  const clippers = (node: Element): { clips: Element[]; scroller: Element | null } => {
    const clips: Element[] = [];
    for (let el: Element | null = node.parentElement; el; el = el.parentElement) {
      if (el instanceof SVGSVGElement) clips.push(el);
      else {
        const s = getComputedStyle(el);
        if (/(auto|scroll)/.test(s.overflowY) || /(auto|scroll)/.test(s.overflowX))
          return { clips, scroller: el };
        if (/(hidden|clip)/.test(s.overflowX) || /(hidden|clip)/.test(s.overflowY)) clips.push(el);
      }
      if (el === document.body) break;
    }
    return { clips, scroller: null };
  };
  // Words kept for screen readers only (a 1 px box, clipped on purpose) are not drawn text.
  const hiddenOnPurpose = (el: Element) => {
    for (let e: Element | null = el; e && e !== region; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clipPath !== 'none' || (s.clip !== 'auto' && s.clip !== '')) return true;
      const b = e.getBoundingClientRect();
      if (b.width <= 1 && b.height <= 1 && s.overflow !== 'visible') return true;
    }
    return false;
  };
  const viewport: Rect = {
    left: 0,
    top: 0,
    right: document.documentElement.clientWidth,
    bottom: document.documentElement.clientHeight,
  };
  const texts: { el: Element; r: Rect; words: string }[] = [];
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const words = (n.textContent ?? '').trim();
    const parent = n.parentElement;
    if (!words || !parent) continue;
    if (parent.closest('title, option, select, style, script')) continue;
    let r: Rect | null;
    if (parent instanceof SVGElement) {
      const textEl = parent.closest('text');
      if (!textEl || texts.some((t) => t.el === textEl)) continue;
      r = rectOf(textEl);
      if (r) texts.push({ el: textEl, r, words: (textEl.textContent ?? '').trim() });
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(n);
    const b = range.getBoundingClientRect();
    if (b.width <= 1 || b.height <= 1) continue;
    r = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    texts.push({ el: parent, r, words });
  }
  for (const t of texts) {
    if (hiddenOnPurpose(t.el)) continue;
    const name = `text "${t.words.slice(0, 40)}"`;
    const { clips, scroller } = clippers(t.el);
    const inner = (c: Element): Rect => {
      const b = c.getBoundingClientRect();
      return c instanceof SVGSVGElement
        ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom }
        : {
            left: b.left + c.clientLeft,
            top: b.top + c.clientTop,
            right: b.left + c.clientLeft + c.clientWidth,
            bottom: b.top + c.clientTop + c.clientHeight,
          };
    };
    const cut = clips.find((c) => !within(t.r, inner(c), 1));
    const sideways =
      scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX)
        ? (() => {
            const box = inner(scroller);
            return t.r.left < box.left - 1 || t.r.right > box.right + 1;
          })()
        : false;
    if (cut) problem('clipped-text', name, `${show(t.r)} is cut by ${cut.tagName.toLowerCase()}`);
    else if (sideways) problem('clipped-text', name, `${show(t.r)} hides to the side of its box`);
    else if (!scroller && !within(t.r, viewport, 1))
      problem('clipped-text', name, `${show(t.r)} runs off the window`);
    if (t.el instanceof HTMLElement) {
      const s = getComputedStyle(t.el);
      if (s.textOverflow === 'ellipsis' && t.el.scrollWidth > t.el.clientWidth + 1)
        problem('clipped-text', name, 'ends in an ellipsis: it does not fit');
    }
  }
  return out;
}

/**
 * Runs in every benched page before its own scripts: records long tasks, watches (once a
 * frame) for the moments the runner asks about, and counts frames during the zoom test. Our
 * app is watched through the testing contract (landmarks, data-entity, data-selected,
 * data-layout); a peer page reports through window.benchPeer.
 */
function benchInit(): void {
  interface PeerReport {
    firstFrame?: number;
    stable?: number;
    highlightedAt?: number;
    error?: string;
    position?: (id: string) => { x: number; y: number } | null;
  }
  const w = window as unknown as { benchPeer?: PeerReport; __bench: unknown };
  const tasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the column stays empty.
  }
  const marks: Record<string, number | string> = {};
  let app = 'atlas';
  let hub = '';
  let frames = 0;
  let framesFrom = 0;
  let counting = false;
  const network = () => document.querySelector('[aria-label="Network"]');
  const hubElement = () => network()?.querySelector(`[data-entity="${CSS.escape(hub)}"]`) ?? null;
  const subjectOf = () =>
    network()?.querySelector('[data-entity][data-subject="true"]')?.getAttribute('data-entity') ??
    null;
  let before: string | null = null;
  const once = (key: string, at: number) => {
    if (marks[key] === undefined) marks[key] = at;
  };
  const watch = () => {
    const now = performance.now();
    if (counting) frames += 1;
    if (app === 'atlas') {
      if (document.querySelector('[aria-label="Article"] [data-block]')) once('text', now);
      const region = network();
      if (region) {
        const state = region.querySelector('[data-layout]');
        if (state || region.querySelector('[data-entity]')) once('firstFrame', now);
        // Stable: laid out, and (a canvas drawing its first picture in parts) drawn whole.
        const done = state
          ? state.getAttribute('data-layout') === 'done' &&
            (state.getAttribute('data-drawn') ?? 'complete') === 'complete'
          : region.querySelector('[data-entity]') !== null;
        if (done) once('stable', now);
      }
      // A new subject (data-subject) in the network: after a first click the neighbours are
      // already data-selected, so that alone would not tell a second click's answer. Where a
      // node lies under a neighbour (a dense 5k graph) the click selects the one on top: its
      // highlight is as much the answer to the click.
      if (marks.clickAt !== undefined && marks.highlight === undefined) {
        const subject = subjectOf();
        if (subject !== null && subject !== before)
          setTimeout(() => once('highlight', performance.now()), 0);
      }
    } else {
      const peer = w.benchPeer;
      if (peer?.firstFrame !== undefined) once('firstFrame', peer.firstFrame);
      if (peer?.stable !== undefined) once('stable', peer.stable);
      if (peer?.error !== undefined && marks.error === undefined) marks.error = peer.error;
      if (
        marks.clickAt !== undefined &&
        peer?.highlightedAt !== undefined &&
        peer.highlightedAt >= Number(marks.clickAt)
      )
        once('highlight', peer.highlightedAt);
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  addEventListener(
    'pointerdown',
    () => {
      marks.clickAt = performance.now();
      delete marks.highlight;
    },
    { capture: true },
  );
  const centre = (el: Element | null | undefined) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return null;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  // On screen and not under another pane (the inspector opens over the right-hand side).
  const inNetwork = (at: { x: number; y: number }) =>
    at.x >= 0 &&
    at.y >= 0 &&
    at.x <= innerWidth &&
    at.y <= innerHeight &&
    network()?.contains(document.elementFromPoint(at.x, at.y)) === true;
  w.__bench = {
    configure(options: { app: string; hub: string }) {
      app = options.app;
      hub = options.hub;
    },
    /** The node the next click is on: its highlight is what the next click waits for. */
    watch(id: string) {
      hub = id;
      before = app === 'atlas' ? subjectOf() : null;
      delete marks.clickAt;
      delete marks.highlight;
    },
    /**
     * Our app: a node with a button on screen, the farthest from the hub, for the warm clicks
     * (a node next to the hub can lie under it in a dense graph, and a click on it would select
     * the hub again, which is no change). A peer: the given node.
     */
    farFrom(id: string, fallback: string) {
      if (app !== 'atlas') return fallback;
      const from = centre(network()?.querySelector(`[data-entity="${CSS.escape(id)}"]`));
      if (!from) return fallback;
      let best = fallback;
      let far = -1;
      for (const el of network()?.querySelectorAll('[data-entity]') ?? []) {
        const at = centre(el);
        if (!at || !inNetwork(at)) continue;
        const d = Math.hypot(at.x - from.x, at.y - from.y);
        if (d > far) {
          far = d;
          best = el.getAttribute('data-entity') ?? fallback;
        }
      }
      return best;
    },
    read: () => ({ ...marks }),
    longestTask() {
      const until = Number(marks.stable ?? Infinity);
      const before = tasks.filter((t) => t.start <= until);
      return { longest: Math.max(0, ...before.map((t) => t.duration)), count: before.length };
    },
    hubPosition() {
      if (app !== 'atlas') {
        const at = w.benchPeer?.position?.(hub) ?? null;
        if (!at || at.x < 0 || at.y < 0 || at.x > innerWidth || at.y > innerHeight) return null;
        return at;
      }
      const el = hubElement();
      // The shape, not the group: the group's box includes the label.
      const at = centre(el?.querySelector('.net-node-shape') ?? el);
      if (!at || !inNetwork(at)) return null;
      return at;
    },
    surfaceCentre() {
      if (app !== 'atlas') return { x: innerWidth / 2, y: innerHeight / 2 };
      return centre(network()?.querySelector('.net-frame'));
    },
    startFrames() {
      frames = 0;
      framesFrom = performance.now();
      counting = true;
    },
    stopFrames() {
      counting = false;
      return frames / ((performance.now() - framesFrom) / 1000);
    },
  };
}

/** The script's source, for page.addInitScript. */
// tsx keeps function names with a __name helper that the page lacks: define it first.
export const BENCH_INIT_SCRIPT = `var __name = (f) => f; (${benchInit.toString()})();`;

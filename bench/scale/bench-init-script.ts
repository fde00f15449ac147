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
        const done = state
          ? state.getAttribute('data-layout') === 'done'
          : region.querySelector('[data-entity]') !== null;
        if (done) once('stable', now);
      }
      if (marks.clickAt !== undefined && marks.highlight === undefined) {
        const el = hubElement();
        if (el?.getAttribute('data-selected') === 'true')
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
  w.__bench = {
    configure(options: { app: string; hub: string }) {
      app = options.app;
      hub = options.hub;
    },
    read: () => ({ ...marks }),
    longestTask() {
      const until = Number(marks.stable ?? Infinity);
      const before = tasks.filter((t) => t.start <= until);
      return { longest: Math.max(0, ...before.map((t) => t.duration)), count: before.length };
    },
    hubPosition() {
      if (app !== 'atlas') return w.benchPeer?.position?.(hub) ?? null;
      const el = hubElement();
      // The shape, not the group: the group's box includes the label.
      const at = centre(el?.querySelector('.net-node-shape') ?? el);
      if (!at || at.x < 0 || at.y < 0 || at.x > innerWidth || at.y > innerHeight) return null;
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

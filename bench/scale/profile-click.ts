/**
 * Where a click's time goes: opens our app on the scale bench's bundles (built by
 * `npm run bench:scale` into .bench/scale, or any build given as PROFILE_DIST), waits until the
 * network is stable, then records a CPU profile (CDP) around a click on the hub and prints the
 * functions with the most time, self and inclusive. PROFILE_PHASE=open profiles open → stable
 * instead. Env: PROFILE_SIZES (default "seed,1000,5000"), PROFILE_PORT (default 4182),
 * BENCH_CPU_THROTTLE (as bench:scale's: the page's CPU slowed this many times through CDP).
 */
import { chromium, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from '../../src/bundle/bundle-schema';
import { BENCH_INIT_SCRIPT } from './bench-init-script';
import { hubOf } from './hub-of';
import { serveStatic } from './serve-static';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = process.env.PROFILE_DIST ?? join(ROOT, '.bench', 'scale');
const SEED_ID = 'six-party-talks-2018-10-08';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  /** Microseconds, on the trace's clock. */
  startTime: number;
}

/** React's and the scheduler's own frames: left out of a task's list, which names the app's work. */
const PLUMBING =
  /^(perform|render|begin|complete|commit|update|workLoop|flush|run|mount|recursively|reconcile|finish|dispatch|batched|process|schedule|invoke|call|\(anonymous\)|\(root\)|\(program\)|\(garbage collector\))/;

/**
 * The app functions (inclusive ms) that ran inside each of the given tasks, from a CPU profile
 * recorded with the trace (both on the same clock).
 */
function functionsInTasks(profile: Profile, tasks: { ts: number; dur: number }[]): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const per = tasks.map(() => new Map<string, number>());
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const t = tasks.findIndex((task) => at >= task.ts && at <= task.ts + task.dur);
    const into = per[t];
    if (!into) return;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)?.callFrame.functionName || '(anonymous)';
      if (seen.has(name) || PLUMBING.test(name)) continue;
      seen.add(name);
      into.set(name, (into.get(name) ?? 0) + ms);
    }
  });
  return per.map((m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', '),
  );
}

/** Self and inclusive milliseconds per function, from a CDP CPU profile. */
export function summarise(profile: Profile, top = 18): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') return;
    busy += ms;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n || n.callFrame.functionName === '(root)') continue;
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + ms);
    }
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  return `busy (not idle) ${busy.toFixed(0)} ms\n self:\n${list(self)}\n inclusive:\n${list(inclusive)}\n${longestStretches(profile, label, parent, byId)}`;
}

/** The stretches without an idle sample (about the tasks), in time order, with what ran most in each. */
function longestStretches(
  profile: Profile,
  label: (n: ProfileNode) => string,
  parent: Map<number, number>,
  byId: Map<number, ProfileNode>,
): string {
  const stretches: { at: number; ms: number; inclusive: Map<string, number> }[] = [];
  let current: { at: number; ms: number; inclusive: Map<string, number> } | null = null;
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    clock += (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    const name = node?.callFrame.functionName;
    if (!node || name === '(idle)') {
      if (current) stretches.push(current);
      current = null;
      return;
    }
    current ??= { at: clock, ms: 0, inclusive: new Map() };
    current.ms += ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n || n.callFrame.functionName === '(root)') continue;
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      current.inclusive.set(l, (current.inclusive.get(l) ?? 0) + ms);
    }
  });
  if (current) stretches.push(current);
  // In time order (offsets from the profile's start), the ones over 2 ms: a click's tasks in turn.
  const t0 = stretches[0]?.at ?? 0;
  return stretches
    .filter((s) => s.ms > 2)
    .map(
      (s) =>
        ` +${(s.at - t0).toFixed(0).padStart(4)} ms stretch ${s.ms.toFixed(0)} ms: ` +
        [...s.inclusive]
          .filter(([k]) => !/index-|jsx-runtime|^\(program\)/.test(k))
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10)
          .map(([k, v]) => `${k.split(' ')[0]} ${v.toFixed(0)}`)
          .join(', '),
    )
    .join('\n');
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** The renderer main thread's work in the trace: each task, and time by kind of work. */
function summariseTrace(events: TraceEvent[], longest = 0, profile?: Profile): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur,
  );
  const tasks = mine.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const t0 = tasks[0]?.ts ?? 0;
  const kinds = [
    'EventDispatch',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'MajorGC',
    'MinorGC',
    'ParseHTML',
  ];
  const shown =
    longest > 0 ? [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, longest) : tasks;
  const long = shown.filter((t) => (t.dur ?? 0) > 2000);
  const named = profile
    ? functionsInTasks(
        profile,
        long.map((t) => ({ ts: t.ts, dur: t.dur ?? 0 })),
      )
    : [];
  const lines = long.map((t, n) => {
    const end = t.ts + (t.dur ?? 0);
    const inside = mine.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end && e !== t);
    const parts = kinds
      .map((k) => {
        const ms = inside.filter((e) => e.name === k).reduce((a, e) => a + (e.dur ?? 0), 0);
        return ms > 1000 ? `${k} ${(ms / 1000).toFixed(0)}` : '';
      })
      .filter(Boolean)
      .join(', ');
    const types = inside
      .filter(
        (e) =>
          e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame',
      )
      .map((e) => e.args?.data?.type ?? e.name);
    const event = [...new Set(types)].join(' ');
    const fns = named[n] ? `\n      ${named[n]}` : '';
    return `  +${((t.ts - t0) / 1000).toFixed(0).padStart(4)} ms task ${((t.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms${event ? ` (${event})` : ''}: ${parts}${fns}`;
  });
  return lines.join('\n');
}

async function marks(page: Page): Promise<Record<string, number>> {
  return (await page.evaluate('window.__bench.read()')) as Record<string, number>;
}

async function waitFor(page: Page, done: (m: Record<string, number>) => boolean) {
  for (let i = 0; i < 600; i++) {
    if (done(await marks(page))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

/** In-page marks of a click's steps: input events, URL write, the hub marked, the next frame. */
const TIMELINE = `(() => {
  const steps = (window.__steps = []);
  let seen = false;
  window.__stepsReset = () => { steps.length = 0; seen = false; };
  const mark = (k, t) => steps.push([k, t ?? performance.now()]);
  for (const type of ['pointerdown', 'pointerup', 'click'])
    addEventListener(type, (e) => { mark(type + '(event)', e.timeStamp); mark(type); }, { capture: true });
  for (const f of ['pushState', 'replaceState']) {
    const real = history[f].bind(history);
    history[f] = (...a) => { mark(f); return real(...a); };
  }
  new MutationObserver((records) => {
    if (seen) return;
    for (const r of records)
      if (r.target.getAttribute && r.target.getAttribute('data-selected') === 'true' &&
          r.target.closest('[aria-label="Network"]')) {
        seen = true;
        mark('first data-selected in network');
        requestAnimationFrame(() => { mark('next frame'); setTimeout(() => mark('after paint'), 0); });
        return;
      }
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-selected'] });
})()`;

const sizes = (process.env.PROFILE_SIZES ?? 'seed,1000,5000').split(',');
const phase = process.env.PROFILE_PHASE ?? 'click';
const port = Number(process.env.PROFILE_PORT ?? 4182);
const server = await serveStatic(DIST, port);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  for (const size of sizes) {
    const id = size === 'seed' ? SEED_ID : `synthetic-${size}`;
    const bundle = JSON.parse(readFileSync(join(DIST, 'bundles', `${id}.json`), 'utf8')) as Bundle;
    const hub = hubOf(bundle);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript({ content: BENCH_INIT_SCRIPT });
    const cdp = await context.newCDPSession(page);
    const rate = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
    if (Number.isFinite(rate) && rate > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const traceOpen = phase === 'open' && process.env.PROFILE_TRACE === '1';
    if (traceOpen)
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
    // With the trace, a profile too: it names the functions in each long task.
    if (phase === 'open') await cdp.send('Profiler.start');
    await page.goto(`http://127.0.0.1:${port}/#/b/${id}`, { waitUntil: 'commit' });
    await page.evaluate(`window.__bench.configure(${JSON.stringify({ app: 'atlas', hub })})`);
    await waitFor(page, (m) => m.stable !== undefined && m.text !== undefined);
    if (traceOpen) {
      const trace = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: TraceEvent[];
      };
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const tasks = (await page.evaluate('window.__bench.longestTask()')) as { longest: number };
      console.log(`\n== ${size}: open → stable, longest task ${tasks.longest.toFixed(0)} ms`);
      console.log(summariseTrace(trace.traceEvents, 8, profile));
    } else if (phase === 'open') {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const tasks = (await page.evaluate('window.__bench.longestTask()')) as { longest: number };
      console.log(`\n== ${size}: open → stable, longest task ${tasks.longest.toFixed(0)} ms`);
      console.log(summarise(profile, 30));
    } else {
      await new Promise((r) => setTimeout(r, 1500));
      const at = (await page.evaluate('window.__bench.hubPosition()')) as {
        x: number;
        y: number;
      } | null;
      if (!at) throw new Error(`hub ${hub} not on screen`);
      await page.evaluate(TIMELINE);
      const tracing = process.env.PROFILE_TRACE === '1';
      if (tracing)
        await browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
        });
      else await cdp.send('Profiler.start');
      await page.mouse.click(at.x, at.y);
      await waitFor(page, (m) => m.highlight !== undefined);
      if (tracing) {
        const trace = JSON.parse((await browser.stopTracing()).toString()) as {
          traceEvents: TraceEvent[];
        };
        const m = await marks(page);
        console.log(`\n== ${size}: click → highlight ${(m.highlight! - m.clickAt!).toFixed(0)} ms`);
        console.log(summariseTrace(trace.traceEvents));
        await context.close();
        continue;
      }
      const report = async (label: string) => {
        const m = await marks(page);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        console.log(
          `\n== ${size}: ${label} → highlight ${(m.highlight! - m.clickAt!).toFixed(0)} ms`,
        );
        const steps = (await page.evaluate('window.__steps')) as [string, number][];
        const t0 = steps[0]?.[1] ?? 0;
        console.log(steps.map(([k, t]) => `${k} +${(t - t0).toFixed(1)}`).join(' · '));
        console.log(summarise(profile, 30));
      };
      await report('first click');
      // Later clicks (PROFILE_CLICKS in all, default 2): each on the node with a button farthest
      // from the last, as bench:scale clicks.
      let last = hub;
      for (let n = 1; n < Number(process.env.PROFILE_CLICKS ?? 2); n++) {
        await new Promise((r) => setTimeout(r, 1500));
        const next = (await page.evaluate(
          `window.__bench.farFrom(${JSON.stringify(last)}, ${JSON.stringify(last)})`,
        )) as string;
        await page.evaluate(`window.__bench.watch(${JSON.stringify(next)})`);
        const to = (await page.evaluate('window.__bench.hubPosition()')) as {
          x: number;
          y: number;
        } | null;
        if (!to) break;
        last = next;
        await page.evaluate('window.__stepsReset()');
        await cdp.send('Profiler.start');
        await page.mouse.click(to.x, to.y);
        await waitFor(page, (m) => m.highlight !== undefined);
        await report(`click ${n + 1}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

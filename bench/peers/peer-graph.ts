/**
 * What every peer page draws: the same graph our network draws (entities other than places,
 * and the relations between them), read from the same bundle file, plus the page's report to
 * the bench runner. Bench-only code: never part of the app.
 */
export interface PeerGraph {
  nodes: { id: string; label: string; kind: string; degree: number }[];
  edges: { id: string; source: string; target: string }[];
  /** The best-connected node: the one the bench clicks. */
  hub: string;
}

export interface PeerReport {
  firstFrame?: number;
  stable?: number;
  highlightedAt?: number;
  error?: string;
  hub?: string;
  /** The hub's centre in client pixels, for the click. */
  position?: (id: string) => { x: number; y: number } | null;
}

declare global {
  interface Window {
    benchPeer: PeerReport;
  }
}

interface RawBundle {
  entities: { id: string; kind: string; name: string }[];
  relations: { id: string; source: string; target: string }[];
}

export async function loadPeerGraph(): Promise<PeerGraph> {
  window.benchPeer = {};
  const id = new URLSearchParams(location.search).get('bundle') ?? '';
  const raw = (await (await fetch(`../bundles/${id}.json`)).json()) as RawBundle;
  const drawn = new Map(
    raw.entities
      .filter((e) => e.kind !== 'place')
      .map((e) => [e.id, { id: e.id, label: e.name, kind: e.kind, degree: 0 }]),
  );
  const edges = raw.relations.filter(
    (r) => r.source !== r.target && drawn.has(r.source) && drawn.has(r.target),
  );
  for (const e of edges) {
    const s = drawn.get(e.source);
    const t = drawn.get(e.target);
    if (s) s.degree += 1;
    if (t) t.degree += 1;
  }
  const nodes = [...drawn.values()];
  const hub = nodes.reduce(
    (a, b) => (b.degree > a.degree ? b : a),
    nodes[0] ?? { id: '', degree: 0 },
  ).id;
  window.benchPeer.hub = hub;
  return {
    nodes,
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    hub,
  };
}

/** Seeded Math.random, so a peer whose layout draws on it is the same on every run. */
export function seedMathRandom(seed: number): void {
  let state = seed >>> 0;
  Math.random = () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Marks the time after the next painted frame. */
export function afterPaint(set: (t: number) => void): void {
  requestAnimationFrame(() => setTimeout(() => set(performance.now()), 0));
}

export const KIND_COLOURS: Record<string, string> = {
  person: '#3b6fb6',
  country: '#b8542b',
  organization: '#4d8a5a',
  media: '#7a5aa6',
};

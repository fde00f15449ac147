import type { BlockKind, EntityKind } from '../../src/bundle/bundle-schema';

/** One hand-marked entity of a held-out text. */
export interface GoldEntitySpec {
  id: string;
  kind: EntityKind;
  name: string;
  /** Where it is (a city's centre, two decimals), for the gazetteer's hit rate. */
  at?: [number, number];
}

/** A held-out text as written: blocks with names marked inline, `[[Name]]` or `[[form|id]]`. */
export interface GoldStorySpec {
  id: string;
  /** Where the text comes from and what it tries. */
  about: string;
  blocks: [BlockKind, string][];
  entities: GoldEntitySpec[];
}

/** A gold entity as scored: its kind and every form the text marks it by. */
export interface GoldEntity {
  id: string;
  kind: EntityKind;
  name: string;
  forms: Set<string>;
  location?: { lat: number; lon: number };
}

/** A text ready to score: plain text, its blocks and its gold entities. */
export interface GoldStory {
  id: string;
  text: string;
  blocks: { start: number; end: number; kind: BlockKind }[];
  gold: GoldEntity[];
}

const MARK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns a spec into plain text and gold lists. Refuses (throws) a mark that names no entity, an
 * entity never marked, and any whole-word occurrence of a marked form left outside a mark, so the
 * gold list is complete by construction: what the text names, it marks, everywhere.
 */
export function buildGoldStory(spec: GoldStorySpec): GoldStory {
  const byId = new Map(spec.entities.map((e) => [e.id, e]));
  const byName = new Map(spec.entities.map((e) => [e.name, e]));
  const forms = new Map<string, Set<string>>(spec.entities.map((e) => [e.id, new Set([e.name])]));
  const marked: { start: number; end: number }[] = [];
  const markedIds = new Set<string>();
  const blocks: GoldStory['blocks'] = [];
  let text = '';
  for (const [kind, source] of spec.blocks) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    let last = 0;
    for (const m of source.matchAll(MARK)) {
      const form = m[1] ?? '';
      const entity = m[2] === undefined ? byName.get(form) : byId.get(m[2]);
      if (entity === undefined) throw new Error(`${spec.id}: ${m[0]} names no entity`);
      text += source.slice(last, m.index);
      marked.push({ start: text.length, end: text.length + form.length });
      text += form;
      forms.get(entity.id)?.add(form);
      markedIds.add(entity.id);
      last = (m.index ?? 0) + m[0].length;
    }
    text += source.slice(last);
    blocks.push({ start, end: text.length, kind });
  }
  const covered = new Uint8Array(text.length);
  for (const s of marked) covered.fill(1, s.start, s.end);
  const gold: GoldEntity[] = spec.entities.map((e) => {
    const all = forms.get(e.id) ?? new Set<string>();
    if (!markedIds.has(e.id)) throw new Error(`${spec.id}: ${e.name} is never marked`);
    for (const form of all) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const hit of text.matchAll(re)) {
        const at = hit.index ?? 0;
        if (covered.subarray(at, at + form.length).includes(0))
          throw new Error(`${spec.id}: “${form}” at ${at} is not marked`);
      }
    }
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      forms: all,
      ...(e.at === undefined ? {} : { location: { lat: e.at[0], lon: e.at[1] } }),
    };
  });
  return { id: spec.id, text, blocks, gold };
}

import type { Bundle, Span } from '../bundle/bundle-schema';
import { splitSentences } from './split-sentences';

const cache = new WeakMap<Bundle, Span[]>();

/** Every sentence of every block, in text order: the passages a reader can select. */
export function passagesOf(bundle: Bundle): Span[] {
  const hit = cache.get(bundle);
  if (hit) return hit;
  const text = bundle.article.text;
  const out = bundle.article.blocks.flatMap((b) => splitSentences(text, b.start, b.end));
  cache.set(bundle, out);
  return out;
}

/** The passage that holds an offset, if any. */
export function passageAt(bundle: Bundle, offset: number): Span | null {
  return passagesOf(bundle).find((p) => p.start <= offset && offset < p.end) ?? null;
}

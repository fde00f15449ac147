import { describe, expect, it } from 'vitest';
import { firstLoadScripts, kb, measureChunk } from './chunk-sizes';

describe('first-load scripts', () => {
  it('finds the entry, modulepreloads and stylesheets, not lazy chunks', () => {
    const html = `<script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel="stylesheet" href="./assets/index.css">`;
    expect(firstLoadScripts(html)).toEqual([
      'assets/index-abc.js',
      'assets/vendor-def.js',
      'assets/index.css',
    ]);
  });

  it('measures gzip smaller than raw for repetitive text', () => {
    const size = measureChunk('a.js', Buffer.from('abc'.repeat(1000)), true);
    expect(size.raw).toBe(3000);
    expect(size.gzip).toBeLessThan(100);
    expect(kb(2048)).toBe('2.0 KB');
  });
});

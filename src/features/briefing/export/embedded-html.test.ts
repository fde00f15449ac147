import { describe, expect, it } from 'vitest';
import { EMBEDDED_FORMAT, injectEmbedded, jsonForScript, splitEmbedded } from './embedded-html';

const template =
  '<!doctype html><html><head><title>Article Atlas</title><script type="module">run()</script></head><body><div id="root"></div></body></html>';

describe('injectEmbedded', () => {
  it('puts the data block before </body> and names the page', () => {
    const html = injectEmbedded(template, { bundle: { id: 'b' }, deck: { slides: [] } }, 'A & B');
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toMatch(
      /<div id="root"><\/div><script type="application\/json" id="atlas-embedded">\{.*\}<\/script>\n<\/body>/,
    );
    expect(html).toContain('<script type="module">run()</script>');
  });

  it('cannot be broken out of by the story’s text', () => {
    const nasty = 'end</script><script>alert(1)</script><!-- $& $1';
    const html = injectEmbedded(template, { bundle: { text: nasty }, deck: null }, '$& title');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>$&amp; title</title>');
    const block = /id="atlas-embedded">(.*)<\/script>/.exec(html)![1]!;
    const back = splitEmbedded(block);
    expect(back).toEqual({ ok: true, bundle: { text: nasty }, deck: null });
  });

  it('replaces an earlier briefing instead of adding a second', () => {
    const once = injectEmbedded(template, { bundle: 1, deck: 1 }, 't');
    const twice = injectEmbedded(once, { bundle: 2, deck: 2 }, 't');
    expect(twice.match(/atlas-embedded/g)).toHaveLength(1);
    expect(twice).toContain('"bundle":2');
  });

  it('escapes every <', () => {
    expect(jsonForScript({ a: '<' })).toBe('{"a":"\\u003c"}');
  });
});

describe('splitEmbedded', () => {
  it('refuses what is not an embedded briefing', () => {
    expect(splitEmbedded('{').ok).toBe(false);
    expect(splitEmbedded('{"format":"x"}').ok).toBe(false);
    expect(splitEmbedded(JSON.stringify({ format: EMBEDDED_FORMAT, bundle: 1 }))).toEqual({
      ok: true,
      bundle: 1,
      deck: undefined,
    });
  });
});

import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect, SEED } from './fixtures';
import { COUNT, DECK_KEY, expectSlide, presenter, shippedDeck } from './briefing-helpers';

/** The text runs of a slide's XML (<a:t>), in order, unescaped. */
function runs(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

async function savePptx(page: import('@playwright/test').Page): Promise<JSZip> {
  const download = page.waitForEvent('download');
  await presenter(page).getByRole('button', { name: 'PowerPoint (.pptx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${SEED}-briefing.pptx`);
  return JSZip.loadAsync(readFileSync((await file.path())!));
}

test.describe('briefing as PowerPoint', () => {
  test('one slide a slide: titles as text, pictures as SVG with PNG, quotes, notes', async ({
    page,
  }) => {
    // The shipped deck with notes on two slides (one of them hostile text).
    const deck = shippedDeck();
    deck.slides[0]!.notes = 'Welcome the room.\nMention the date: 8 Oct 2018.';
    deck.slides[1]!.notes = 'Say <b>&amp; “why”</b>\u0007 — control characters are dropped.';
    await page.addInitScript(
      ([key, text]) => window.localStorage.setItem(key!, text!),
      [DECK_KEY, JSON.stringify(deck)],
    );
    await page.goto(`./#/b/${SEED}/briefing/1`);
    await expectSlide(page, 1);
    const zip = await savePptx(page);
    await expect(presenter(page).getByRole('status')).toContainText(
      `Saved ${SEED}-briefing.pptx (${COUNT} slides`,
    );

    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(COUNT);
    for (const [i, s] of deck.slides.entries()) {
      const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string');
      const text = runs(xml);
      expect(text[0], `slide ${i + 1} title`).toBe(s.title);
      if (s.caption) expect(text).toContain(s.caption);
      expect(text).toContain('— Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
      // Each view a picture: an SVG blip with a PNG beside it.
      // A view without a scene module yet says so in words where its picture would be.
      const pictures = xml.match(/<p:pic>/g)?.length ?? 0;
      const notYet = text.filter((t) => /cannot be drawn as a picture yet/.test(t)).length;
      expect(pictures + notYet, `slide ${i + 1} pictures`).toBe(s.view.views.length);
      if (s.view.views.includes('network')) expect(pictures).toBeGreaterThan(0);
      if (pictures > 0) expect(xml).toContain('asvg:svgBlip');
    }
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/'));
    expect(media.some((f) => f.endsWith('.svg'))).toBe(true);
    expect(media.some((f) => f.endsWith('.png'))).toBe(true);

    const notes = async (n: number) =>
      runs(await zip.file(`ppt/notesSlides/notesSlide${n}.xml`)!.async('string')).join('\n');
    expect(await notes(1)).toContain('Welcome the room.');
    expect(await notes(1)).toContain('Mention the date: 8 Oct 2018.');
    expect(await notes(2)).toContain('Say <b>&amp; “why”</b> — control characters are dropped.');
    // The network's picture carries its selection, and its labels at 24 px or more.
    const svg = await zip.file(media.find((f) => f.endsWith('.svg'))!)!.async('string');
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });
});

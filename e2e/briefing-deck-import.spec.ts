import { test, expect, expectNoAxeViolations, SEED } from './fixtures';
import { COUNT, deckEditor, editorItems, shippedDeck } from './briefing-helpers';

test.describe('briefing deck import', () => {
  test('an import that fails validation is refused item by item; the deck is unchanged', async ({
    page,
  }) => {
    await page.goto(`./#/b/${SEED}/briefing-edit`);
    const editor = deckEditor(page);
    const items = editorItems(page);
    await expect(items).toHaveCount(COUNT);
    const importFile = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await editor.getByRole('button', { name: 'Import deck…' }).click();
      await (
        await chooser
      ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    };

    const bad = shippedDeck();
    bad.slides[1]!.view.selection = 'relation:r-nope';
    (bad.slides[2]!.quotes[0] as { end: number }).end = 999_999;
    await importFile('bad-deck.json', JSON.stringify(bad));
    const alert = editor.getByRole('alert');
    await expect(alert).toContainText(
      '“bad-deck.json” was not imported; the deck is unchanged (2 problems)',
    );
    await expect(alert).toContainText(
      'slide 2 “Two groupings among the six parties” › view.selection: refers to relation “r-nope”, which is not in this story',
    );
    await expect(alert).toContainText(
      'slide 3 “First stop: talks in Beijing, 5 Oct” › quotes[0].end',
    );
    await expect(items).toHaveCount(COUNT);
    await expectNoAxeViolations(page);

    await importFile('broken.json', '{"format": "article-atlas/deck@1", "slides": [');
    await expect(alert).toContainText('file › (JSON): is not valid JSON');
    await expect(items).toHaveCount(COUNT);

    const good = shippedDeck();
    good.slides = good.slides.slice(0, 3);
    await importFile('short.json', JSON.stringify(good));
    await expect(items).toHaveCount(3);
    await expect(editor.getByRole('alert')).toHaveCount(0);
    await editor.getByRole('button', { name: 'Undo import' }).click();
    await expect(items).toHaveCount(COUNT);
  });
});

import { test, expect, expectNoAxeViolations } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Written for this test (fictional envoy and minister; real places). */
const ARTICLE = [
  'Envoy Maria Lindqvist Visits Nairobi',
  'Special Envoy Maria Lindqvist of Sweden travelled from Stockholm to Nairobi on Monday, where she met Kenyan Foreign Minister Daniel Otieno.',
  'Lindqvist and Otieno discussed drought relief for the region.',
].join('\n\n');

const region = (page: Page) => page.getByRole('region', { name: 'New story' });

/** Presses Tab until the control has focus: it is reachable by keyboard, in page order. */
async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached by ${max} Tab presses`);
}

/** The story's required details, each reached by Tab and typed. */
async function typeDetails(page: Page, r: Locator): Promise<void> {
  for (const [name, value] of [
    ['Title', 'Envoy Maria Lindqvist Visits Nairobi'],
    ['Publisher', 'Article Atlas test corpus'],
    ['Byline', 'Staff'],
    ['Published', '2024-03-15'],
  ] as const) {
    await tabTo(page, r.getByRole('textbox', { name, exact: true }));
    await page.keyboard.insertText(value);
  }
}

/** Moves a focused <select> with the arrow keys until the option reads `label`. */
async function arrowTo(page: Page, select: Locator, label: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    const current = await select.evaluate(
      (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    if (current.trim() === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option ${label} not reached with ArrowDown`);
}

test.describe('New story, accessibility', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('every control is named, required fields say what they need beside them, axe is clean', async ({
    page,
  }) => {
    await page.goto('./#/new');
    const r = region(page);
    await expect(page.getByRole('status').filter({ hasText: 'Draft kept' })).toBeVisible();
    await expectNoAxeViolations(page);

    await r.getByLabel('Article text').fill(ARTICLE);
    await expect(r.locator('[data-suggestion]').first()).toBeVisible();
    // The details' required fields carry the validator's message beside them.
    const publisher = r.getByRole('textbox', { name: 'Publisher', exact: true });
    await expect(publisher).toHaveAttribute('aria-invalid', 'true');
    await expect(publisher).toHaveAccessibleDescription(/Publisher is empty; it is required/);
    await expectNoAxeViolations(page);

    await r.getByRole('button', { name: 'Accept all suggestions' }).click();
    await expect(r.locator('li[data-entity="maria-lindqvist"]')).toBeVisible();
    // Adding an empty relation: each missing field says so under itself, and focus goes there.
    const rel = r.getByRole('group', { name: 'New relation' });
    await rel.getByRole('button', { name: 'Add relation' }).click();
    const source = rel.getByRole('combobox', { name: 'Source', exact: true });
    await expect(source).toBeFocused();
    await expect(source).toHaveAccessibleDescription(
      'Choose who or what the relation starts from.',
    );
    await expect(rel.getByRole('combobox', { name: 'Target', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(r.locator('[data-relation]')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // No select or input on the page is without a name.
    const unnamed = await r.locator('select, input, textarea').evaluateAll((els) =>
      els
        .filter((el) => {
          const input = el as HTMLInputElement;
          if (input.type === 'file' || input.type === 'hidden') return false;
          const label = [...(input.labels ?? [])]
            .map((l) => l.textContent ?? '')
            .join('')
            .trim();
          return (
            label === '' && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')
          );
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  });

  test('the whole flow by keyboard: text, details, names, a relation, save', async ({ page }) => {
    await page.goto('./#/new');
    const r = region(page);
    await expect(page.getByRole('status').filter({ hasText: 'Draft kept' })).toBeVisible();

    await tabTo(page, r.getByLabel('Article text'));
    await page.keyboard.insertText(ARTICLE);
    await typeDetails(page, r);
    await tabTo(page, r.getByRole('button', { name: 'Accept all suggestions' }));
    await page.keyboard.press('Enter');
    await expect(r.locator('li[data-entity="daniel-otieno"]')).toBeVisible();

    const rel = r.getByRole('group', { name: 'New relation' });
    const source = rel.getByRole('combobox', { name: 'Source', exact: true });
    await tabTo(page, source);
    await arrowTo(page, source, 'Maria Lindqvist');
    const target = rel.getByRole('combobox', { name: 'Target', exact: true });
    await tabTo(page, target);
    await arrowTo(page, target, 'Daniel Otieno');
    const evidence = rel.getByRole('combobox', { name: 'Evidence sentence' });
    await tabTo(page, evidence);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(evidence).not.toHaveValue('');
    await tabTo(page, rel.getByRole('button', { name: 'Add relation' }));
    await page.keyboard.press('Enter');
    await expect(r.locator('[data-relation]')).toHaveCount(1);

    await expect(r.getByText('No problems.')).toBeVisible();
    await tabTo(page, r.getByRole('button', { name: 'Save story' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/b\/local%3A/);
    await expect(page.getByRole('banner')).toContainText('Envoy Maria Lindqvist Visits Nairobi');
  });

  test('by keyboard: marking selected words as a name, an event and a journey; axe clean', async ({
    page,
  }) => {
    await page.goto('./#/new');
    const r = region(page);
    await expect(page.getByRole('status').filter({ hasText: 'Draft kept' })).toBeVisible();
    const text = `${ARTICLE}\n\nShe was met by the Horn Relief Desk.`;
    await tabTo(page, r.getByLabel('Article text'));
    await page.keyboard.insertText(text);
    await typeDetails(page, r);
    // Names are found off the page's thread; the status says so until they are in.
    await expect(r.getByRole('group', { name: 'Daniel Otieno, person' })).toBeVisible();
    await expect(r.locator('.authoring-finding')).toHaveText('');
    await tabTo(page, r.getByRole('button', { name: 'Accept all suggestions' }));
    await page.keyboard.press('Enter');
    await expect(r.locator('li[data-entity="daniel-otieno"]')).toBeVisible();

    // A name nobody suggested ("the Horn Relief Desk"), selected with Shift+arrows.
    const field = r.getByLabel('Article text');
    await tabTo(page, field);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'Horn Relief Desk'.length; i += 1)
      await page.keyboard.press('Shift+ArrowLeft');
    const mark = r.getByRole('group', { name: 'Mark the selected text' });
    await expect(mark).toContainText('“Horn Relief Desk”');
    const kind = mark.getByRole('combobox', { name: 'Kind of the new entity' });
    await tabTo(page, kind);
    await arrowTo(page, kind, 'organization');
    await tabTo(page, mark.getByRole('button', { name: /Mark every/ }));
    await page.keyboard.press('Enter');
    await expect(r.locator('li[data-entity="horn-relief-desk"]')).toBeVisible();
    await expectNoAxeViolations(page);

    // An event: label, place, a participant, its date and its sentence.
    const ev = r.getByRole('group', { name: 'New event' });
    await tabTo(page, ev.getByRole('textbox', { name: 'Event label' }));
    await page.keyboard.insertText('Lindqvist meets Otieno in Nairobi');
    const place = ev.getByRole('combobox', { name: 'Event place' });
    await tabTo(page, place);
    await arrowTo(page, place, 'Nairobi');
    const participant = ev.getByRole('checkbox', { name: 'Maria Lindqvist' });
    await tabTo(page, participant);
    await page.keyboard.press('Space');
    await expect(participant).toBeChecked();
    const date = ev.getByRole('combobox', { name: 'Date', exact: true });
    await tabTo(page, date);
    await page.keyboard.press('ArrowDown');
    await expect(date).not.toHaveValue('');
    const evidence = ev.getByRole('combobox', { name: 'Evidence sentence' });
    await tabTo(page, evidence);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(evidence).not.toHaveValue('');
    await tabTo(page, ev.getByRole('button', { name: 'Add event' }));
    await page.keyboard.press('Enter');
    await expect(r.locator('[data-event]')).toHaveCount(1);

    // A journey: the traveller, then legs proposed from the places in reading order.
    const journey = r.getByRole('group', { name: 'New journey' });
    const traveller = journey.getByRole('combobox', { name: 'Traveller' });
    await tabTo(page, traveller);
    await arrowTo(page, traveller, 'Maria Lindqvist');
    await tabTo(
      page,
      journey.getByRole('button', { name: 'Propose legs from the places in reading order' }),
    );
    await page.keyboard.press('Enter');
    await expect(r.locator('[data-leg]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

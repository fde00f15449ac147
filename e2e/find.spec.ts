import { test, expect, openSeed, hashParams } from './fixtures';

test.describe('Find forgives the way readers type names', () => {
  test('spaces, romanisation variants and a transposed letter find the name; focus goes to it', async ({
    page,
  }) => {
    await openSeed(page);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Find in the story' });
    const box = dialog.getByRole('combobox');
    await expect(box).toBeFocused();
    for (const [query, name] of [
      ['kong xuan you', 'Kong Xuanyou, person'],
      ['choe sun hui', 'Choe Son-hui, person'],
      ['choe sonhui', 'Choe Son-hui, person'],
      ['kogn', 'Kong Xuanyou, person'],
    ] as const) {
      await box.fill(query);
      await expect(dialog.getByRole('option').first()).toHaveAccessibleName(name);
    }
    // "kong" lists Kong Xuanyou and no near miss of another name.
    await box.fill('kong');
    await expect(dialog.getByRole('option', { name: /, person$/ })).toHaveCount(1);

    await box.fill('choe sun hui');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    expect(hashParams(page).get('sel')).toBe('entity:choe-son-hui');
    // One key after typing: the found name has the focus, in the text.
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-entity', 'choe-son-hui');
    await expect(page.getByRole('region', { name: 'Article' }).locator(':focus')).toHaveCount(1);
  });

  test('a name written with accents and combining marks is found without them', async ({
    page,
  }) => {
    await page.goto('./#/b/fixture-unicode-names');
    await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();
    await page.getByRole('button', { name: /^Find/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Find in the story' });
    const box = dialog.getByRole('combobox');
    for (const [query, name] of [
      ['zoe lefevre', /^Zoe\u0308 Lefe\u0300vre, person$/],
      ['lukasz zolkiewski', 'Łukasz Żółkiewski, person'],
      ['bjorn astrom', 'Bjørn Åström, person'],
    ] as const) {
      await box.fill(query);
      await expect(dialog.getByRole('option').first()).toHaveAccessibleName(name);
    }
  });

  test('pointing at Find starts its index before the click, once', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await openSeed(page);
    expect(workers.filter((u) => u.includes('search-worker'))).toEqual([]);
    const find = page.getByRole('button', { name: /^Find/ });
    await find.hover();
    await expect.poll(() => workers.filter((u) => u.includes('search-worker')).length).toBe(1);
    await expect(page.getByRole('dialog', { name: 'Find in the story' })).toBeHidden();
    // Opening it then uses that index: no second worker, and a name is found.
    await find.click();
    const dialog = page.getByRole('dialog', { name: 'Find in the story' });
    await dialog.getByRole('combobox').fill('kong');
    await expect(dialog.getByRole('option').first()).toHaveAccessibleName('Kong Xuanyou, person');
    expect(workers.filter((u) => u.includes('search-worker'))).toHaveLength(1);
  });
});

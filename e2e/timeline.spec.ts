import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openSeed,
  expectNoAxeViolations,
  hashParam,
  hashParams,
  pauseClock,
  runClockUntilChange,
} from './fixtures';

const STRIP = 'views=network,timeline';
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const mark = (page: Page, id: string) => timeline(page).locator(`[data-event="${id}"]`);
const slider = (page: Page) => timeline(page).getByRole('slider', { name: 'As of' });

async function download(page: Page, name: string): Promise<string> {
  await timeline(page).getByText('Download', { exact: true }).click();
  const pending = page.waitForEvent('download');
  await timeline(page).getByRole('button', { name }).click();
  return (await pending).path();
}

async function expectAsOf(page: Page, day: string | null) {
  await expect.poll(() => hashParams(page).get('asof')).toBe(day);
}

test.describe('the timeline', () => {
  test('draws every event once, the posting rule and the compressed stretches', async ({
    page,
  }) => {
    await openSeed(page, STRIP);
    const marks = timeline(page).locator('[data-event]');
    await expect(marks).toHaveCount(13);
    await expect(mark(page, 'e-beijing-talks')).toHaveAttribute('role', 'button');
    await expect(mark(page, 'e-beijing-talks')).toHaveAttribute(
      'aria-label',
      'Choe Son-hui and Kong Xuanyou hold vice minister-level talks in Beijing, happened, On Oct. 5 · 5 Oct 2018',
    );
    await expect(mark(page, 'e-moscow-trilateral-talks')).toContainText('Planned:');
    await expect(mark(page, 'e-biegun-visits-japan')).toHaveAttribute('data-shape', 'band');
    await expect(timeline(page).locator('.tl-axis')).toContainText('5–9 Oct 2018');
    await expect(timeline(page).locator('.tl-axis')).toContainText('compressed');
    await expect(timeline(page).locator('.tl-backdrop')).toContainText('Posted 8 Oct');
    // The busy week is readable: each of its days has most of a label's width.
    const oct5 = await timeline(page).locator('.tl-tick-day', { hasText: '5 Oct' }).boundingBox();
    const oct6 = await timeline(page).locator('.tl-tick-day', { hasText: '6 Oct' }).boundingBox();
    expect(oct6!.x - oct5!.x).toBeGreaterThan(50);
    await expectNoAxeViolations(page);
  });

  test('clicking an event selects it in the URL and marks its evidence in the text', async ({
    page,
  }) => {
    await openSeed(page, STRIP);
    await mark(page, 'e-beijing-talks').click();
    expect(hashParams(page).get('sel')).toBe('event:e-beijing-talks');
    await expect(mark(page, 'e-beijing-talks')).toHaveAttribute('data-selected', 'true');
    await expect(timeline(page).locator('[data-selected="true"]')).toHaveCount(1);
    await expect(article(page).locator('[data-evidence="true"]').first()).toBeVisible();
    // Events with no part in the selection dim; the selected one does not.
    await expect(mark(page, 'e-putin-south-korea-visit')).toHaveAttribute('data-dimmed', 'true');
    await expect(mark(page, 'e-beijing-talks')).not.toHaveAttribute('data-dimmed', 'true');
    await expectNoAxeViolations(page);
  });

  test('a selection made elsewhere lights the events it concerns', async ({ page }) => {
    await openSeed(page, `${STRIP}&sel=entity:kong-xuanyou`);
    await expect(mark(page, 'e-beijing-talks')).not.toHaveAttribute('data-dimmed', 'true');
    await expect(mark(page, 'e-moscow-trilateral-talks')).not.toHaveAttribute(
      'data-dimmed',
      'true',
    );
    await expect(mark(page, 'e-nk-us-summit')).toHaveAttribute('data-dimmed', 'true');
    // The events the person takes part in are marked as concerned; none is the subject.
    await expect(mark(page, 'e-beijing-talks')).toHaveAttribute('data-selected', 'true');
    await expect(mark(page, 'e-nk-us-summit')).not.toHaveAttribute('data-selected', 'true');
    await expect(timeline(page).locator('[data-subject="true"]')).toHaveCount(0);
  });

  test('hovering a sentence in the text lights the events drawn from it', async ({ page }) => {
    await openSeed(page, STRIP);
    await article(page).locator('[data-passage]', { hasText: 'On Oct. 5, Choe held' }).hover();
    await expect(mark(page, 'e-beijing-talks')).toHaveAttribute('data-lit', 'true');
    await expect(mark(page, 'e-nk-us-summit')).not.toHaveAttribute('data-lit', 'true');
  });

  test('the "as of" slider scrubs with the keyboard and greys what came later', async ({
    page,
  }) => {
    await openSeed(page, STRIP);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Every date shown');
    await slider(page).focus();
    await page.keyboard.press('End');
    await expectAsOf(page, '2019-12-31');
    // PageDown steps back event date by event date.
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    await expectAsOf(page, '2018-10-06');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '6 Oct 2018');
    await expect(
      timeline(page).getByText(/As of 6 Oct 2018: 8 known · 1 unsure · 4 later/),
    ).toBeVisible();
    await expect(mark(page, 'e-choe-arrives-moscow')).toHaveAttribute('data-time', 'past');
    await expect(mark(page, 'e-kcna-report')).toHaveAttribute('data-time', 'future');
    await expect(mark(page, 'e-kcna-report')).toHaveAttribute(
      'aria-label',
      /later than 6 Oct 2018$/,
    );
    await expect(mark(page, 'e-kim-jong-un-russia-visit')).toHaveAttribute(
      'data-time',
      'uncertain',
    );
    // Arrow keys step a day at a time in the busy week.
    await page.keyboard.press('ArrowLeft');
    await expectAsOf(page, '2018-10-05');
    await expect(mark(page, 'e-choe-arrives-moscow')).toHaveAttribute('data-time', 'future');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectAsOf(page, '2018-10-07');
    await page.keyboard.press('Home');
    await expectAsOf(page, '2018-06-01');
    await expect(mark(page, 'e-china-russia-unsc-statement')).toHaveAttribute(
      'data-time',
      'uncertain',
    );
    await expect(mark(page, 'e-nk-us-summit')).toHaveAttribute('data-time', 'future');
    await timeline(page).getByRole('button', { name: 'Show all' }).click();
    await expectAsOf(page, null);
    await expect(timeline(page).locator('[data-time="future"]')).toHaveCount(0);
  });

  test('scrubbing replaces history instead of piling it up', async ({ page }) => {
    await openSeed(page, STRIP);
    await mark(page, 'e-kcna-report').click();
    await slider(page).focus();
    for (const key of ['End', 'PageDown', 'PageDown', 'ArrowLeft']) await page.keyboard.press(key);
    await expectAsOf(page, '2018-10-08');
    await page.goBack();
    // One step back undoes the pick, not a scrub.
    await expect.poll(() => hashParams(page).get('sel')).toBeNull();
  });

  test('a reload restores the selection and the "as of" day', async ({ page }) => {
    await openSeed(page, STRIP);
    await mark(page, 'e-kcna-report').click();
    await slider(page).focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    await expectAsOf(page, '2018-10-07');
    await page.reload();
    await expect(mark(page, 'e-kcna-report')).toHaveAttribute('data-selected', 'true');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '7 Oct 2018');
    expect(hashParams(page).get('sel')).toBe('event:e-kcna-report');
    expect(hashParams(page).get('asof')).toBe('2018-10-07');
    await expect(mark(page, 'e-moscow-bilateral-talks')).toHaveAttribute('data-time', 'future');
    await expect(article(page).locator('[data-evidence="true"]').first()).toBeVisible();
  });

  // Playback runs on the page's clock, paused and stepped by the test (page.clock): one step
  // every 1000 ms of page time, however busy the machine is.
  test('Play through time steps to the last date, even with reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await openSeed(page, STRIP);
    await expect(timeline(page).locator('[data-event]')).toHaveCount(13);
    await pauseClock(page);
    await timeline(page).getByRole('button', { name: 'Play through time' }).click();
    await expectAsOf(page, '2018-06-01');
    await expect(timeline(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    // The first day holds for its whole second.
    await page.clock.runFor(900);
    expect(await hashParam(page, 'asof')).toBe('2018-06-01');
    const days = ['2018-06-01'];
    while (days.at(-1) !== '2019-12-31' && days.length < 30)
      days.push((await runClockUntilChange(page, 'asof', days.at(-1)!)) ?? 'cleared');
    // Every event's first day, in order, then the last day of all.
    expect(days[1]).toBe('2018-06-12');
    expect(days.at(-1)).toBe('2019-12-31');
    expect(days).toEqual([...new Set(days)].sort());
    expect(days.length).toBeGreaterThan(5);
    await expect(timeline(page).getByRole('button', { name: 'Play through time' })).toBeVisible();
    await expect(timeline(page).locator('[data-time="future"]')).toHaveCount(0);
    await page.clock.runFor(5000);
    expect(await hashParam(page, 'asof')).toBe('2019-12-31');
  });

  test('Pause stops on the current date', async ({ page }) => {
    await page.clock.install();
    await openSeed(page, STRIP);
    await expect(timeline(page).locator('[data-event]')).toHaveCount(13);
    await pauseClock(page);
    await timeline(page).getByRole('button', { name: 'Play through time' }).click();
    await expectAsOf(page, '2018-06-01');
    expect(await runClockUntilChange(page, 'asof', '2018-06-01')).toBe('2018-06-12');
    await timeline(page).getByRole('button', { name: 'Pause' }).click();
    await expect(timeline(page).getByRole('button', { name: 'Play through time' })).toBeVisible();
    await page.clock.runFor(5000);
    expect(await hashParam(page, 'asof')).toBe('2018-06-12');
  });

  test('arrow keys move between events in time order; Enter selects', async ({ page }) => {
    await openSeed(page, 'views=timeline');
    await mark(page, 'e-china-russia-unsc-statement').focus();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, 'e-nk-us-summit')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, 'e-biegun-visits-south-korea')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(mark(page, 'e-nk-us-summit')).toBeFocused();
    await page.keyboard.press('End');
    await expect(mark(page, 'e-putin-south-korea-visit')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(mark(page, 'e-china-russia-unsc-statement')).toBeFocused();
    await page.keyboard.press('Enter');
    expect(hashParams(page).get('sel')).toBe('event:e-china-russia-unsc-statement');
    await mark(page, 'e-beijing-talks').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => hashParams(page).get('sel')).toBe('event:e-beijing-talks');
  });

  test('the events table lists every event with its dates, status and people', async ({ page }) => {
    await openSeed(page, 'views=timeline&asof=2018-10-06');
    await timeline(page).getByRole('button', { name: 'Show as table' }).click();
    await expect(timeline(page).getByRole('button', { name: 'Show as table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const table = timeline(page).getByRole('table', { name: /Events in time order/ });
    await expect(table.getByRole('row')).toHaveCount(14);
    const talks = table.getByRole('row', { name: /hold vice minister-level talks in Beijing/ });
    await expect(talks).toContainText('On Oct. 5');
    await expect(talks).toContainText('5 Oct 2018');
    await expect(talks).toContainText('happened');
    await expect(talks).toContainText('stated in the article');
    await expect(talks).toContainText('Beijing');
    await expect(talks).toContainText('Choe Son-hui, Kong Xuanyou');
    await expect(table.getByRole('row', { name: /KCNA reports/ })).toContainText(
      'later than 6 Oct 2018',
    );
    await expectNoAxeViolations(page);
    await table.getByRole('button', { name: /KCNA reports/ }).click();
    expect(hashParams(page).get('sel')).toBe('event:e-kcna-report');
    await expect(table.locator('[data-selected="true"]')).toHaveAttribute(
      'data-event',
      'e-kcna-report',
    );
    // At 1280px the inspector now slides over the view's right side; the keyboard reaches the toggle.
    await timeline(page).getByRole('button', { name: 'Show as table' }).press('Enter');
    await expect(mark(page, 'e-kcna-report')).toHaveAttribute('data-selected', 'true');
  });

  test('is accessible in the dark theme, with a selection and with an "as of" day', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSeed(page, `${STRIP}&sel=event:e-beijing-talks`);
    await expect(mark(page, 'e-beijing-talks')).toHaveAttribute('data-selected', 'true');
    await expectNoAxeViolations(page);
    await openSeed(page, `${STRIP}&sel=event:e-beijing-talks&asof=2018-10-06`);
    await expect(mark(page, 'e-kim-jong-un-russia-visit')).toHaveAttribute(
      'data-time',
      'uncertain',
    );
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page);
  });

  // The chart is laid out for the pane's width (labels wrap), so nothing hides to the side.
  test('fits a phone: the timeline fits the pane width and still selects', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openSeed(page, 'views=timeline');
    await page
      .getByRole('navigation', { name: 'Panes' })
      .getByRole('button', { name: 'Timeline' })
      .click();
    await expect(timeline(page)).toBeVisible();
    const box = timeline(page).locator('.tl-scroll');
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await mark(page, 'e-moscow-trilateral-talks').click();
    expect(hashParams(page).get('sel')).toBe('event:e-moscow-trilateral-talks');
    await expectNoAxeViolations(page);
  });

  test('downloads the timeline as shown, as SVG and PNG, in the theme on screen', async ({
    page,
  }) => {
    // Three columns: at 1280 px the inspector slides over the views while something is selected.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSeed(page, `${STRIP}&asof=2018-10-06&sel=event:e-beijing-talks`);
    await expect(mark(page, 'e-beijing-talks')).toHaveAttribute('data-selected', 'true');
    const svg = readFileSync(await download(page, 'Timeline as SVG'), 'utf8');
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        root: doc.documentElement.localName,
        events: doc.querySelectorAll('[data-event]').length,
        selected: doc.querySelectorAll('[data-selected]').length,
        text: doc.documentElement.textContent ?? '',
        background: doc.querySelector('rect')?.getAttribute('fill'),
      };
    }, svg);
    expect(check.error).toBe(false);
    expect(check.root).toBe('svg');
    expect(check.events).toBe(13);
    // A picture for a page: nothing dimmed, nothing marked as selected.
    expect(check.selected).toBe(0);
    expect(check.text).toContain('North Korea working to build firmer foundation');
    expect(check.text).toContain('As of 6 Oct');
    expect(check.text).toContain('Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
    // The dark theme's surface, as on screen.
    expect(check.background).toBe('#1c2126');
    const png = readFileSync(await download(page, 'Timeline as PNG'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

import { test, expect, openSeed, expectNoAxeViolations, SEED, hashParams } from './fixtures';

test.describe('app shell', () => {
  test('opens on the first story with its title, publisher, date and byline', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(new RegExp(`#/b/${SEED}$`));
    const header = page.getByRole('banner');
    await expect(header.getByRole('heading', { level: 1 })).toHaveText(
      'North Korea working to build firmer foundation with China and Russia ahead of NK-US summit',
    );
    await expect(header).toContainText('The Hankyoreh');
    await expect(header).toContainText('8 Oct 2018, 17:06 UTC+09:00');
    await expect(header).toContainText('Kim Oi-hyun, Beijing correspondent');
    await expect(page).toHaveTitle(/North Korea working to build firmer foundation/);
    await expectNoAxeViolations(page);
  });

  test('ships a Content-Security-Policy that blocks other origins', async ({ page }) => {
    await openSeed(page);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    // Waits for the browser's report itself rather than a fixed pause after the refusal; the
    // 20 s cap only turns a missing report into a clear failure.
    const outcome = await page.evaluate(async () => {
      const reported = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective));
        window.setTimeout(() => resolve('no report'), 20_000);
      });
      let fetched = true;
      try {
        await fetch('https://example.org/tracker.json');
      } catch {
        fetched = false;
      }
      return { fetched, directive: await reported };
    });
    expect(outcome.fetched).toBe(false);
    expect(outcome.directive).toBe('connect-src');
  });

  test('shows which views sit beside the article, from the URL, and remembers them on reload', async ({
    page,
  }) => {
    await openSeed(page);
    await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
    await page
      .getByRole('group', { name: 'Views beside the article' })
      .getByRole('button', { name: 'Map' })
      .click();
    await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
    expect(hashParams(page).get('views')).toBe('network,map');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Map' })).toHaveCount(0);
  });

  test('the divider resizes the article column by keyboard', async ({ page }) => {
    await openSeed(page);
    const divider = page.getByRole('separator', { name: 'Resize the article column' });
    const article = page.getByRole('region', { name: 'Article' });
    const before = (await article.boundingBox())!.width;
    await divider.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(divider).toHaveAttribute('aria-valuenow', /\d+/);
    const after = (await article.boundingBox())!.width;
    expect(after).toBeGreaterThan(before + 50);
  });

  test('a phone shows one pane at a time behind tabs', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openSeed(page);
    const tabs = page.getByRole('navigation', { name: 'Panes' });
    await expect(tabs).toBeVisible();
    await expect(page.getByRole('region', { name: 'Network' })).toBeHidden();
    await tabs.getByRole('button', { name: 'Network' }).click();
    await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Article' })).toBeHidden();
    expect(hashParams(page).get('pane')).toBe('network');
    await expectNoAxeViolations(page);
  });

  test('theme is system by default, switchable, and remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSeed(page);
    // "System" resolves to one attribute that every stylesheet reads, and follows the system.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBg = await bg();
    expect(darkBg).toBe('rgb(21, 25, 29)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: /^Theme: system/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await bg()).not.toBe(darkBg);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /^Theme: light/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });

  test('a corrupted stored theme falls back to the system theme', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('article-atlas:theme', '{{not json'));
    await openSeed(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: /^Theme: system/ })).toBeVisible();
  });

  test('an unknown page gets a 404 that leads home', async ({ page }) => {
    await page.goto('./#/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Open the first story' }).click();
    await expect(page).toHaveURL(new RegExp(`#/b/${SEED}$`));
  });

  test('an unknown story id says so and lists the stories there are', async ({ page }) => {
    await page.goto('./#/b/no-such-story');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('There is no story bundle “no-such-story”');
    await expect(alert).toContainText(SEED);
  });

  test('a missing bundle file is reported with its name', async ({ page }) => {
    await page.route(`**/bundles/${SEED}.json`, (route) =>
      route.fulfill({ status: 404, body: 'gone' }),
    );
    await page.goto(`./#/b/${SEED}`);
    await expect(page.getByRole('alert')).toContainText(
      `bundles/${SEED}.json could not be loaded (HTTP 404)`,
    );
  });

  test('a malformed bundle file is refused item by item', async ({ page }) => {
    await page.route(`**/bundles/${SEED}.json`, async (route) => {
      const response = await route.fetch();
      const bundle = (await response.json()) as {
        mentions: { start: number; end: number }[];
        relations: { source: string }[];
      };
      bundle.mentions[0]!.end += 3;
      bundle.relations[0]!.source = 'nobody';
      await route.fulfill({ response, json: bundle });
    });
    await page.goto(`./#/b/${SEED}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('is not a valid story bundle (2 problems)');
    await expect(alert).toContainText('mention 1');
    await expect(alert).toContainText('which is not an entity of this bundle');
    await expectNoAxeViolations(page);
  });

  test('a view that fails says so and the article keeps working', async ({ page }) => {
    await page.route('**/assets/network-view-*.js', (route) => route.abort());
    await openSeed(page);
    const network = page.getByRole('region', { name: 'Network' });
    await expect(network.getByRole('alert')).toContainText('The network view could not be drawn');
    const article = page.getByRole('region', { name: 'Article' });
    await article.locator('[data-entity="choe-son-hui"]').first().click();
    await expect(
      article.locator('[data-entity="choe-son-hui"][data-selected="true"]').first(),
    ).toBeVisible();
  });

  test('the briefing route presents the story and Escape returns', async ({ page }) => {
    await openSeed(page);
    await page.getByRole('link', { name: 'Present' }).click();
    await expect(page).toHaveURL(/\/briefing\/1/);
    await expect(page.getByRole('main', { name: 'Briefing' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`#/b/${SEED}$`));
  });

  test('works under a sub-path of a static host, deep links surviving a reload', async ({
    page,
    baseURL,
  }) => {
    const root = new URL(baseURL!);
    await page.route(`${root.origin}/some/sub/path/**`, async (route) => {
      const url = new URL(route.request().url());
      url.pathname = url.pathname.replace('/some/sub/path', '');
      // A reload cancels requests still in flight (a lazy chunk, the story); their responses are
      // disposed with the page, and what the reloaded page needs is asked for again.
      await route
        .fetch({ url: url.toString() })
        .then((response) => route.fulfill({ response }))
        .catch(() => {});
    });
    await page.goto(
      `${root.origin}/some/sub/path/#/b/${SEED}?views=network&sel=entity:kong-xuanyou`,
    );
    await expect(page.getByRole('banner')).toContainText('The Hankyoreh');
    await page.reload();
    await expect(
      page
        .getByRole('region', { name: 'Article' })
        .locator('[data-entity="kong-xuanyou"][data-selected="true"]')
        .first(),
    ).toBeVisible();
  });
});

import { test, expect, openSeed, openSyntheticStory, hashParam } from './fixtures';

/**
 * A large story (800 generated entities, past the SVG's threshold) opens in the network on a
 * canvas: it is drawn, and its accessible layer still lets a person select an entity by keyboard
 * and by a click on its mark, with the selection marked as the testing contract says.
 */
const SIZE = 800;

test('a large network is drawn on a canvas and selectable by keyboard and pointer', async ({
  page,
}) => {
  await openSyntheticStory(page, SIZE, 'network');
  const network = page.getByRole('region', { name: 'Network' });
  const surface = network.locator('svg[data-renderer="canvas"]');
  // The layout runs in a worker; wait until it has settled (the page's state, not a timer).
  await expect(surface).toHaveAttribute('data-layout', 'done', { timeout: 60_000 });
  // Places are the map's; every other entity is in the network, none filtered out.
  await expect(network).toContainText(/(\d{3}) of \1 entities/);

  // Drawn: the canvas holds painted pixels (it is transparent where nothing is drawn).
  const painted = await network.locator('canvas.net-canvas').evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    if (data) for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count += 1;
    return { count, size: c.width * c.height };
  });
  expect(painted.size).toBeGreaterThan(0);
  expect(painted.count).toBeGreaterThan(painted.size * 0.01);

  // Keyboard: the diagram is one Tab stop, then the entity buttons; Enter selects.
  const buttons = network.locator('.net-a11y-node[data-entity]');
  expect(await buttons.count()).toBeGreaterThan(0);
  await surface.focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('.net-a11y-node:focus');
  await expect(focused).toHaveCount(1);
  const first = await focused.getAttribute('data-entity');
  expect(first).not.toBeNull();
  await expect(focused).toHaveAccessibleName(/.+/);
  await page.keyboard.press('Enter');
  expect(await hashParam(page, 'sel')).toBe(`entity:${first}`);
  const chosen = network.locator(`[data-entity="${first}"]`);
  await expect(chosen).toHaveAttribute('data-selected', 'true');
  await expect(chosen).toHaveAttribute('data-subject', 'true');
  // What it concerns is marked too: at least one relation and one other entity.
  await expect(network.locator('[data-relation][data-selected="true"]').first()).toBeAttached();
  expect(await network.locator('[data-entity][data-selected="true"]').count()).toBeGreaterThan(1);

  // Arrow keys move to a neighbour, which keeps its focus.
  await chosen.focus();
  let moved: string | null = null;
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
    moved = await page.evaluate(() => document.activeElement?.getAttribute('data-entity') ?? null);
    if (moved !== null && moved !== first) break;
  }
  expect(moved).not.toBeNull();
  expect(moved).not.toBe(first);

  // Pointer: a click at another entity's mark (where its button sits) selects it.
  const other = network.locator(
    `.net-a11y-node[data-entity]:not([data-entity="${first}"]):not([data-selected="true"])`,
  );
  const target = other.first();
  const id = await target.getAttribute('data-entity');
  const box = await target.boundingBox();
  expect(box).not.toBeNull();
  if (box === null || id === null) return;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => hashParam(page, 'sel')).toBe(`entity:${id}`);
  await expect(network.locator(`[data-entity="${id}"]`)).toHaveAttribute('data-selected', 'true');
  await expect(network.locator(`[data-entity="${first}"]`)).not.toHaveAttribute(
    'data-subject',
    'true',
  );

  // The skip link lands on a node, past the toolbar: the selection's subject, as in the SVG.
  await page.getByRole('link', { name: 'Skip to the network' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.net-a11y-node:focus')).toHaveAttribute('data-entity', id);
});

test('no names are drawn while a large network settles; they are once it is drawn whole', async ({
  page,
}) => {
  // Every frame, what the canvas says it shows (its state and how many names it drew), from
  // before the story opens until it is drawn whole: read from the page, never timed.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __drawn: string[] }).__drawn = seen;
    const watch = () => {
      const surface = document.querySelector('svg[data-renderer="canvas"]');
      if (surface) {
        const now = ['data-layout', 'data-drawn', 'data-names']
          .map((a) => surface.getAttribute(a) ?? '')
          .join(' ');
        if (seen[seen.length - 1] !== now) seen.push(now);
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await openSyntheticStory(page, SIZE, 'network');
  const surface = page
    .getByRole('region', { name: 'Network' })
    .locator('svg[data-renderer="canvas"]');
  await expect(surface).toHaveAttribute('data-drawn', 'complete', { timeout: 60_000 });
  await expect(surface).toHaveAttribute('data-layout', 'done');
  // Drawn whole, it names the main entities.
  expect(Number(await surface.getAttribute('data-names'))).toBeGreaterThan(0);
  const states = await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
  // The layout was seen settling (a worker lays out 800 entities over many frames), and every
  // frame drawn meanwhile had no name.
  const settling = states.filter((s) => s.startsWith('running'));
  expect(settling.length).toBeGreaterThan(0);
  for (const s of settling) expect(s).toMatch(/^running settling 0$/);
});

test('a large network keeps its last picture until the next is drawn whole: no empty frame', async ({
  page,
}) => {
  // Every frame once the canvas has shown something: does it still (16 rows read)? A new
  // picture's base is drawn over several tasks, and the canvas must show the last one meanwhile.
  await page.addInitScript(() => {
    const w = window as unknown as { __blank: number; __frames: number };
    w.__blank = 0;
    w.__frames = 0;
    let drawn = false;
    const watch = () => {
      const c = document.querySelector<HTMLCanvasElement>('canvas.net-canvas');
      const ctx = c?.getContext('2d');
      if (c && ctx && c.width > 0 && c.height > 0) {
        let any = false;
        for (let row = 1; row < 16 && !any; row++) {
          const data = ctx.getImageData(0, Math.floor((c.height * row) / 16), c.width, 1).data;
          for (let i = 3; i < data.length && !any; i += 4) any = (data[i] ?? 0) > 0;
        }
        if (any) drawn = true;
        else if (drawn) w.__blank += 1;
        if (drawn) w.__frames += 1;
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await openSyntheticStory(page, SIZE, 'network');
  const network = page.getByRole('region', { name: 'Network' });
  const surface = network.locator('svg[data-renderer="canvas"]');
  await expect(surface).toHaveAttribute('data-drawn', 'complete', { timeout: 60_000 });
  const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  const blank = () => page.evaluate(() => (window as unknown as { __blank: number }).__blank);
  expect(await frames()).toBeGreaterThan(0);

  // A filter makes a new picture (another scene): the old one stays until it is whole.
  await network.getByRole('button', { name: 'Key', exact: true }).click();
  const people = network
    .getByRole('group', { name: 'Legend and filters' })
    .getByRole('button', { name: /People/ });
  await people.click();
  await expect.poll(() => hashParam(page, 'hide')).toBe('person');
  await expect(network).not.toContainText(/(\d{3}) of \1 entities/);
  // Frames counted by the page, not time: sixty more frames after the filter.
  const after = await frames();
  await expect.poll(frames, { timeout: 60_000 }).toBeGreaterThan(after + 60);
  expect(await blank()).toBe(0);
});

test('a small network stays SVG, with every entity its own mark', async ({ page }) => {
  await openSeed(page, 'views=network');
  const network = page.getByRole('region', { name: 'Network' });
  await expect(network.locator('svg.network-svg g[data-entity]').first()).toBeVisible();
  await expect(network.locator('svg[data-renderer="canvas"]')).toHaveCount(0);
});

import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openSeed, expectNoAxeViolations, hashParams } from './fixtures';

const network = (page: Page) => page.getByRole('region', { name: 'Network' });
const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const node = (page: Page, id: string) => network(page).locator(`svg [data-entity="${id}"]`);

/** Choe Son-hui's neighbours in the seed bundle's network (places are not drawn). */
const CHOE_NEIGHBOURS = [
  'kong-xuanyou',
  'russia',
  'igor-morgulov',
  'north-korea',
  'kcna',
  'tass',
  'yonhap',
];

/**
 * Clicks a point on an edge's line that nothing else covers. The pointer's target is the wide
 * stroke under the nodes (data-hit-relation); the accessible button carries data-relation.
 */
async function clickEdge(page: Page, edge: Locator): Promise<void> {
  const id = await edge.getAttribute('data-relation');
  const point = await network(page)
    .locator(`[data-hit-relation="${id ?? ''}"]`)
    .evaluate((path) => {
      if (!(path instanceof SVGPathElement)) return null;
      const length = path.getTotalLength();
      const matrix = path.getScreenCTM();
      if (matrix === null) return null;
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = path.getPointAtLength(length * t);
        const x = p.x * matrix.a + p.y * matrix.c + matrix.e;
        const y = p.x * matrix.b + p.y * matrix.d + matrix.f;
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
      return null;
    });
  expect(point, 'a clear point on the edge').not.toBeNull();
  if (point) await page.mouse.click(point.x, point.y);
}

/** Reads a CSV file into records (quoted fields may hold commas and line breaks). */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  return rows;
}

async function download(page: Page, name: string): Promise<string> {
  await network(page).getByText('Download', { exact: true }).click();
  const pending = page.waitForEvent('download');
  await network(page).getByRole('button', { name }).click();
  const file = await pending;
  const path = await file.path();
  return path;
}

test('clicking a node selects its entity and the reader marks its mentions', async ({ page }) => {
  await openSeed(page, 'views=network');
  await node(page, 'choe-son-hui').locator('.net-node-shape').click();
  await expect.poll(() => hashParams(page).get('sel')).toBe('entity:choe-son-hui');
  await expect(node(page, 'choe-son-hui')).toHaveAttribute('data-selected', 'true');
  const marked = article(page).locator('[data-entity="choe-son-hui"][data-selected="true"]');
  await expect(marked).toHaveCount(12);
});

test('clicking an edge selects its relation and the reader marks its evidence', async ({
  page,
}) => {
  await openSeed(page, 'views=network');
  const edge = network(page).locator('[data-relation="r-choe-meets-kong-beijing"]');
  await expect(edge).toHaveAttribute(
    'aria-label',
    'Choe Son-hui met Kong Xuanyou in Beijing, 5 Oct 2018',
  );
  await clickEdge(page, edge);
  await expect.poll(() => hashParams(page).get('sel')).toBe('relation:r-choe-meets-kong-beijing');
  await expect(edge).toHaveAttribute('data-selected', 'true');
  await expect(article(page).locator('[data-evidence="true"]').first()).toBeVisible();
  expect(await article(page).locator('[data-evidence="true"]').count()).toBeGreaterThan(0);
});

test('a name clicked in the text is highlighted here and the rest dims', async ({ page }) => {
  await openSeed(page, 'views=network');
  await article(page).locator('[data-entity="kong-xuanyou"]').first().click();
  await expect(node(page, 'kong-xuanyou')).toHaveAttribute('data-selected', 'true');
  // A neighbour stays clear; an unrelated state dims to about 30 %.
  await expect(node(page, 'choe-son-hui')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(node(page, 'japan')).toHaveAttribute('data-dimmed', 'true');
  await expect(node(page, 'japan')).toHaveCSS('opacity', '0.3');
  await expect(node(page, 'choe-son-hui')).toHaveCSS('opacity', '1');
});

test('hovering a passage lights what is drawn from it', async ({ page }) => {
  await openSeed(page, 'views=network');
  const passage = article(page)
    .locator('[data-passage]')
    .filter({ hasText: 'On Oct. 5, Choe held vice minister-level talks in Beijing' });
  await passage.hover({ position: { x: 5, y: 5 } });
  await expect(node(page, 'kong-xuanyou')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(node(page, 'choe-son-hui')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(node(page, 'japan')).toHaveAttribute('data-dimmed', 'true');
  await page.mouse.move(1, 1);
  await expect(node(page, 'japan')).not.toHaveAttribute('data-dimmed', 'true');
});

test('filters live in the URL and survive a reload', async ({ page }) => {
  await openSeed(page, 'views=network');
  // The key and filters fold into an overlay behind the toolbar's Key button.
  const keyButton = network(page).getByRole('button', { name: 'Key', exact: true });
  await keyButton.click();
  const legend = network(page).getByRole('group', { name: 'Legend and filters' });
  const media = legend.getByRole('button', { name: /News media/ });
  await expect(media).toHaveAttribute('aria-pressed', 'true');
  await expect(network(page).locator('svg [data-entity][data-kind="media"]')).toHaveCount(3);
  await media.click();
  await legend.getByRole('button', { name: /serves/ }).click();
  await expect.poll(() => hashParams(page).get('hide')).toBe('media');
  expect(hashParams(page).get('hiderel')).toBe('official-of');
  await expect(network(page).locator('svg [data-entity][data-kind="media"]')).toHaveCount(0);
  await page.reload();
  await keyButton.click();
  await expect(media).toHaveAttribute('aria-pressed', 'false');
  await expect(network(page).locator('svg [data-entity][data-kind="media"]')).toHaveCount(0);
  await expect(
    network(page).locator('[data-relation="r-choe-official-of-north-korea"]'),
  ).toHaveCount(0);
  await expect(
    network(page).locator('[data-relation="r-choe-represents-north-korea"]'),
  ).toHaveCount(1);
  await page.goBack();
  await expect.poll(() => hashParams(page).get('hiderel')).toBeNull();
});

test('the keyboard reaches nodes, selects with Enter and follows neighbours with arrows', async ({
  page,
}) => {
  await openSeed(page, 'views=network');
  await network(page).locator('svg.network-svg').focus();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-entity'));
  expect(first).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect.poll(() => hashParams(page).get('sel')).toBe(`entity:${first ?? ''}`);

  await node(page, 'choe-son-hui').focus();
  let moved: string | null = null;
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await node(page, 'choe-son-hui').focus();
    await page.keyboard.press(key);
    moved = await page.evaluate(() => document.activeElement?.getAttribute('data-entity') ?? null);
    if (moved !== 'choe-son-hui') break;
  }
  expect(CHOE_NEIGHBOURS).toContain(moved);

  // On the canvas itself, + zooms in.
  const canvas = network(page).locator('svg.network-svg');
  await canvas.focus();
  const before = await canvas.locator('> g').getAttribute('transform');
  await page.keyboard.press('+');
  await expect(canvas.locator('> g')).not.toHaveAttribute('transform', before ?? '');
  await network(page).getByRole('button', { name: 'Reset view' }).click();
  await expect(canvas.locator('> g')).toHaveAttribute('transform', 'translate(0,0) scale(1)');
});

test('dragging a node pins it where it is dropped', async ({ page }) => {
  await openSeed(page, 'views=network');
  const target = node(page, 'yonhap');
  const before = await target.getAttribute('transform');
  const box = await target.locator('.net-node-shape').boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  await expect(target).toHaveAttribute('data-pinned', 'true');
  expect(await target.getAttribute('transform')).not.toBe(before);
  // A drag is not a click: nothing was selected.
  expect(hashParams(page).get('sel')).toBeNull();
  await network(page).getByRole('button', { name: 'Reset view' }).click();
  await expect(target).toHaveAttribute('transform', before ?? '');
});

test('the table shows the same graph', async ({ page }) => {
  await openSeed(page, 'views=network');
  await network(page).getByRole('button', { name: 'Show as table' }).click();
  const table = network(page).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(28);
  await table.getByRole('button', { name: 'Choe Son-hui', exact: true }).click();
  await expect.poll(() => hashParams(page).get('sel')).toBe('entity:choe-son-hui');
});

test('the table fits a laptop pane: no column clipped or scrolled sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openSeed(page, 'views=network');
  await network(page).getByRole('button', { name: 'Show as table' }).click();
  const wrap = network(page).locator('.net-table-wrap');
  await expect(wrap.getByRole('columnheader', { name: 'Relations' })).toBeVisible();
  const fit = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(fit.scroll).toBeLessThanOrEqual(fit.client);
  // Every relation's words lie inside the pane.
  const right = await wrap.evaluate((el) => el.getBoundingClientRect().right);
  const widest = await wrap
    .locator('[data-relation]')
    .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(right);
});

test('exports the diagram as SVG and PNG and the graph as GraphML and CSV', async ({ page }) => {
  await openSeed(page, 'views=network');

  const svg = readFileSync(await download(page, 'Diagram as SVG'), 'utf8');
  const svgCheck = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.nodeName,
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(svgCheck.error).toBe(false);
  expect(svgCheck.root).toBe('svg');
  expect(svgCheck.text).toContain('North Korea working to build firmer foundation');
  expect(svgCheck.text).toContain('Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018');
  expect(svgCheck.text).toContain('North Korea, China, Russia');

  const png = readFileSync(await download(page, 'Diagram as PNG'));
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const graphml = readFileSync(await download(page, 'Graph as GraphML'), 'utf8');
  const counts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      nodes: doc.getElementsByTagName('node').length,
      edges: doc.getElementsByTagName('edge').length,
    };
  }, graphml);
  // 44 relations, Choe's two legs read as visits, three event ties (docs/network.md).
  expect(counts).toEqual({ error: false, nodes: 27, edges: 49 });

  const nodes = csvRecords(readFileSync(await download(page, 'Nodes as CSV'), 'utf8'));
  expect(nodes).toHaveLength(28);
  const edges = csvRecords(readFileSync(await download(page, 'Edges as CSV'), 'utf8'));
  expect(edges).toHaveLength(50);
  const beijing = edges.find((r) => r[0] === 'r-choe-meets-kong-beijing');
  expect(beijing?.at(-1)).toContain('On Oct. 5, Choe held vice minister-level talks in Beijing');
});

test('no axe violations with the network shown, and with a selection', async ({ page }) => {
  await openSeed(page, 'views=network');
  await expect(node(page, 'choe-son-hui')).toBeVisible();
  await expectNoAxeViolations(page);
  await openSeed(page, 'views=network&sel=entity:choe-son-hui');
  await expect(node(page, 'choe-son-hui')).toHaveAttribute('data-selected', 'true');
  await expectNoAxeViolations(page);
});

test('a trip to cities shows as visits to their states, and an event ties its lone participant', async ({
  page,
}) => {
  await page.goto('./#/b/fixture-andes-trip?views=network');
  const leg = network(page).locator('[role="button"][data-leg="l-marsh-1"]');
  await expect(leg).toHaveAccessibleName(/Helen Marsh plans to visit Bogotá, Colombia/);
  await expect(network(page).locator('[role="button"][data-event="e-iom-visit"]')).toHaveCount(1);
  await leg.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => hashParams(page).get('sel')).toBe('leg:l-marsh-1');
  await expect(leg).toHaveAttribute('data-selected', 'true');
  // The traveller is what the leg concerns in the network (its cities are the map's).
  await expect(network(page).locator('g[data-entity="helen-marsh"]')).toHaveAttribute(
    'data-selected',
    'true',
  );
});

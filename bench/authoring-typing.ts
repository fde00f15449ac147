/**
 * New story with a long article (issue 13): a 300,000-character text pasted into the article
 * field, then 20 characters typed at its end, one key at a time, in headless Chromium at
 * 1440×900. For each phase: the longest main-thread task (PerformanceObserver 'longtask'), how
 * many ran over 200 ms, and the time until the suggestions for the final text are shown (the
 * "Finding names…" status cleared and suggestions listed), from the paste or the last key.
 * The text is the fixtures' articles, repeated until 300,000 characters (public/bundles/fixtures).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const LENGTH = 300_000;
const TYPED = ' Envoy Ada Brightwat';
const FIXTURES = new URL('../public/bundles/fixtures/', import.meta.url);

/** The fixtures' texts, repeated and cut to `length` characters (blocks split on blank lines). */
export function longArticle(length = LENGTH): string {
  const texts = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map(
      (f) =>
        (JSON.parse(readFileSync(new URL(f, FIXTURES), 'utf8')) as { article: { text: string } })
          .article.text,
    );
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += `${texts[i % texts.length] ?? ''}\n\n`;
  return text.slice(0, length).trimEnd();
}

export interface TypingRow {
  phase: string;
  'longest task (ms)': number;
  'tasks > 200 ms': number;
  'long tasks': number;
  'suggestions shown after (ms)': number;
}

const INIT = `(() => {
  const b = (window.__typing = { tasks: [], lastKey: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', () => { b.lastKey = performance.now(); }, true);
})()`;

interface Watch {
  tasks: [number, number][];
  lastKey: number;
}

/** Resolves, in the page, at the first frame where the newest suggestions are listed. */
const SHOWN = `new Promise((resolve) => {
  const tick = () => {
    const status = document.querySelector('.authoring-finding');
    if (status && status.textContent === '' && document.querySelector('[data-suggestion]'))
      resolve(performance.now());
    else requestAnimationFrame(tick);
  };
  tick();
})`;

async function phase(page: Page, name: string, act: () => Promise<number>): Promise<TypingRow> {
  await page.evaluate(() => {
    (window as unknown as { __typing: Watch }).__typing.tasks.length = 0;
  });
  const t0 = await act();
  const shown = (await page.evaluate(SHOWN)) as number;
  // Tasks still running when the suggestions show (a last render) belong to the phase too.
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
  const w = await page.evaluate(() => (window as unknown as { __typing: Watch }).__typing);
  const durations = w.tasks.map(([, d]) => d);
  return {
    phase: name,
    'longest task (ms)': Math.round(Math.max(0, ...durations)),
    'tasks > 200 ms': durations.filter((d) => d > 200).length,
    'long tasks': durations.length,
    'suggestions shown after (ms)': Math.round(shown - t0),
  };
}

/** One run: a fresh browser profile, the paste, then the typing. */
export async function authoringTypingBench(url: string, chrome: string): Promise<TypingRow[]> {
  const text = longArticle();
  const browser = await chromium.launch({ executablePath: chrome });
  try {
    // A real paste (Ctrl+V from the clipboard): Playwright's fill types the text through the
    // editor's insertText, which takes ~20 s for 300,000 characters even on a bare textarea.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.addInitScript(INIT);
    await page.goto(`${url}#/new`);
    await page.getByRole('status').filter({ hasText: 'Draft kept' }).waitFor();
    const field = page.getByRole('region', { name: 'New story' }).getByLabel('Article text');
    const pasted = await phase(
      page,
      `paste ${text.length.toLocaleString('en')} characters`,
      async () => {
        const t0 = await page.evaluate(() => performance.now());
        await field.fill(text);
        return t0;
      },
    );
    const typed = await phase(page, `then type ${TYPED.length} characters`, async () => {
      await field.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(TYPED);
      return page.evaluate(() => (window as unknown as { __typing: Watch }).__typing.lastKey);
    });
    return [pasted, typed];
  } finally {
    await browser.close();
  }
}

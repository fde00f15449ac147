// Renders scene snapshot SVGs to PNG with the Chromium Playwright uses, for review by eye:
//   node scripts/render-scene-snapshots.mjs src/features/*/test/output/*.svg
// PNGs go to .scene-review/ (git-ignored), named after the view and the snapshot.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { chromium } from '@playwright/test';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/render-scene-snapshots.mjs <file.svg>...');
  process.exit(1);
}
mkdirSync('.scene-review', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
const page = await browser.newPage();
for (const file of files) {
  const svg = readFileSync(file, 'utf8');
  const size = (name) => Math.ceil(Number(new RegExp(`${name}="([\\d.]+)"`).exec(svg)?.[1] ?? 800));
  await page.setViewportSize({ width: size('width'), height: size('height') });
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const view = basename(dirname(dirname(dirname(file))));
  const out = `.scene-review/${view}-${basename(file, '.svg')}.png`;
  await page.screenshot({ path: out });
  console.log(out);
}
await browser.close();

import type { Page } from '@playwright/test';

/**
 * Waiting for the views a layout check reads: their drawings redraw as panes are measured, the
 * lazily loaded views arrive and the network's worker finishes, so a check reads the page only
 * once two looks in a row agree (state, never a fixed time).
 */

/** A fingerprint of what the checked views draw (runs in the page), to know when it has settled. */
export async function fingerprint(names: string[]): Promise<string> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return names
    .map((name) => {
      const region = document.querySelector(`section[aria-label="${name}"]`);
      if (!region || region.getClientRects().length === 0) return `${name}: none`;
      if (region.querySelector('.view-loading')) return `${name}: loading`;
      const panel = region.querySelector('[data-layout-panel]');
      const empty = region.querySelector('.tl-empty, .map-empty, [data-nothing-to-draw]');
      if (!panel) return empty ? `${name}: empty` : `${name}: loading`;
      // The network's frame is there while its worker lays the graph out.
      if (name === 'Network' && !panel.querySelector('svg[data-layout="done"], .net-empty'))
        return `${name}: loading`;
      const boxes = [
        ...panel.querySelectorAll('[data-mark-for], [data-label-for], [data-layout-control]'),
      ]
        .map((el) => {
          const b = el.getBoundingClientRect();
          return `${Math.round(b.x)},${Math.round(b.y)},${Math.round(b.width)}`;
        })
        .join(' ');
      const p = panel.getBoundingClientRect();
      return `${name}: ${Math.round(p.width)}×${Math.round(p.height)} ${boxes}`;
    })
    .join('\n');
}

/** Waits until two fingerprints in a row agree and every view is drawn. */
export async function settled(page: Page, regions: string[]): Promise<void> {
  let last = '';
  for (let i = 0; i < 100; i += 1) {
    const now = await page.evaluate(fingerprint, regions);
    if (now === last && !now.includes('loading') && !now.includes(': none')) return;
    last = now;
  }
  throw new Error(`the layout did not settle:\n${last}`);
}

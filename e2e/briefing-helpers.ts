import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hashParams, SEED } from './fixtures';

/** Shared by the briefing specs (e2e/briefing-*.spec.ts), one spec per behaviour. */

export const DECK_KEY = `article-atlas:deck:${SEED}@1`;
const deckText = readFileSync(new URL(`../public/decks/${SEED}.json`, import.meta.url), 'utf8');

/** A fresh copy of the seed's shipped deck, to edit into a bad one. */
export const shippedDeck = () =>
  JSON.parse(deckText) as {
    slides: {
      id: string;
      title: string;
      caption: string;
      notes?: string;
      view: { views: string[]; selection: string | null } & Record<string, unknown>;
      quotes: unknown[];
    }[];
  } & Record<string, unknown>;

/** Slides in the shipped deck. */
export const COUNT = shippedDeck().slides.length;

export const presenter = (page: Page) => page.getByRole('main', { name: 'Briefing' });
export const slideRegion = (page: Page) =>
  presenter(page).locator('[aria-roledescription="slide"]');
export const deckEditor = (page: Page) => page.getByRole('main', { name: 'Briefing editor' });
export const editorItems = (page: Page) =>
  deckEditor(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') });

/** Waits for slide n of the deck: URL, progress, title, and its view state in the query. */
export async function expectSlide(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`/briefing/${n}(\\?|$)`));
  await expect(presenter(page).getByText(`${n} / ${COUNT}`, { exact: true })).toBeVisible();
  const slide = shippedDeck().slides[n - 1]!;
  await expect(slideRegion(page).getByRole('heading', { level: 1 })).toHaveText(slide.title);
  expect(hashParams(page).get('sel')).toBe(slide.view.selection as string | null);
}

/** The selected item is drawn as selected inside the named view of the slide. */
export async function expectSelectedIn(page: Page, view: string, attribute: string, id: string) {
  const region = slideRegion(page).getByRole('region', { name: view });
  await expect(
    region
      .locator(`[${attribute}="${id}"][data-selected="true"]`)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
}

import type { Bundle } from '../../../bundle/bundle-schema';
import type { Slide } from '../deck/deck-schema';
import { slideContent } from '../deck/slide-content';
import { slideViewState } from '../deck/slide-view-state';
import type { DrawView, SlideTheme } from '../components/slide-drawing';
import {
  composeSlideSvg,
  DARK_SLIDE_PALETTE,
  layoutSlide,
  LIGHT_SLIDE_PALETTE,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  type SlidePage,
} from './compose-slide-svg';

/** Paper a handout is printed on, landscape, in CSS pixels (96 per inch) and in millimetres. */
export const PAPER = {
  a4: { width: 1122.5, height: 793.7, mm: [297, 210], label: 'A4' },
  letter: { width: 1056, height: 816, mm: [279.4, 215.9], label: 'Letter' },
} as const;
export type PaperName = keyof typeof PAPER;

/** A handout page in slide units: 1920 wide, as tall as the paper's shape makes it. */
export function handoutPage(paper: PaperName, theme: SlideTheme = 'light'): SlidePage {
  const { width, height } = PAPER[paper];
  return {
    width: SLIDE_WIDTH,
    height: Math.round((SLIDE_WIDTH * height) / width),
    variant: 'handout',
    palette: theme === 'dark' ? DARK_SLIDE_PALETTE : LIGHT_SLIDE_PALETTE,
  };
}

/** A 1920×1080 slide page. */
export function slidePage(theme: SlideTheme = 'light'): SlidePage {
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    variant: 'slide',
    palette: theme === 'dark' ? DARK_SLIDE_PALETTE : LIGHT_SLIDE_PALETTE,
  };
}

/** A slide composed on a page, and the views that could not be drawn. */
export interface SlidePageSvg {
  svg: string;
  width: number;
  height: number;
  missing: string[];
}

/**
 * One slide as a page picture: its words laid out, each view drawn from its scene into its box
 * (labels at least 24 units of the 1920-unit page), composed into one SVG. The same function
 * makes the slide's SVG and PNG, each handout page and each page of the PDF.
 */
export async function slidePageSvg(options: {
  bundle: Bundle;
  routeId: string;
  slide: Slide;
  number: number;
  count: number;
  page: SlidePage;
  draw: DrawView;
  folio?: string;
}): Promise<SlidePageSvg> {
  const { bundle, routeId, slide, number, count, page, draw } = options;
  const content = slideContent(bundle, slide, number, count, options.folio);
  const { pictureBoxes } = layoutSlide(content, page);
  const state = slideViewState(routeId, slide.view, number);
  const theme: SlideTheme = page.palette === DARK_SLIDE_PALETTE ? 'dark' : 'light';
  const missing: string[] = [];
  const pictures = await Promise.all(
    slide.view.views.map(async (name, i) => {
      const box = pictureBoxes[i];
      if (!box) return { missing: '' };
      try {
        return await draw({
          name,
          bundle,
          state,
          width: Math.round(box.width),
          height: Math.round(box.height),
          theme,
          minText: 24 * (page.width / SLIDE_WIDTH),
        });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        missing.push(why);
        return { missing: why };
      }
    }),
  );
  return {
    svg: composeSlideSvg(content, page, pictures),
    width: page.width,
    height: page.height,
    missing,
  };
}

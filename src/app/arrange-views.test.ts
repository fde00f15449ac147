import { describe, expect, it } from 'vitest';
import { arrangeViews, MIN_VIEW_SIZE } from './arrange-views';

describe('arrangeViews', () => {
  it('gives one view the whole pane', () => {
    expect(arrangeViews(['map'], { width: 200, height: 100 })).toMatchObject({
      kind: 'grid',
      areas: ['map'],
      layout: 'single',
    });
  });

  it('puts network and map side by side on a wide pane and stacks them on a tall one', () => {
    expect(arrangeViews(['network', 'map'], { width: 1000, height: 700 })).toMatchObject({
      layout: 'side-by-side',
      areas: ['network map'],
    });
    expect(arrangeViews(['network', 'map'], { width: 600, height: 900 })).toMatchObject({
      layout: 'stacked',
      areas: ['network', 'map'],
    });
    // Wide but too narrow for two readable columns: stacked rather than squeezed.
    expect(arrangeViews(['network', 'map'], { width: 620, height: 600 })).toMatchObject({
      layout: 'stacked',
    });
  });

  it('lays the timeline as a strip under the others', () => {
    const two = arrangeViews(['network', 'timeline'], { width: 700, height: 800 });
    expect(two).toMatchObject({ layout: 'strip', areas: ['network', 'timeline'] });
    // 36 % of 800 px, above the strip's minimum.
    expect(two.kind === 'grid' && two.rows).toBe('minmax(0, 1fr) 288px');
    const three = arrangeViews(['network', 'map', 'timeline'], { width: 1100, height: 980 });
    expect(three).toMatchObject({
      layout: 'pair-over-strip',
      areas: ['network map', 'timeline timeline'],
    });
  });

  it('stacks three views when two columns would be too narrow but the height allows', () => {
    expect(arrangeViews(['network', 'map', 'timeline'], { width: 560, height: 900 })).toMatchObject(
      { layout: 'stacked', areas: ['network', 'map', 'timeline'] },
    );
  });

  it('says there is no room instead of squeezing a view below its minimum', () => {
    expect(arrangeViews(['network', 'map', 'timeline'], { width: 560, height: 600 })).toEqual({
      kind: 'tabs',
    });
    expect(arrangeViews(['network', 'map'], { width: 500, height: 400 })).toEqual({
      kind: 'tabs',
    });
  });

  it('never gives a view less than its minimum, nor more room than the pane has', () => {
    const sets = [
      ['network', 'map', 'timeline'],
      ['network', 'map'],
      ['map', 'timeline'],
    ] as const;
    let grids = 0;
    let tabs = 0;
    for (const views of sets)
      for (let width = 300; width <= 2000; width += 37)
        for (let height = 200; height <= 1200; height += 41) {
          const a = arrangeViews(views, { width, height });
          if (a.kind === 'tabs') {
            tabs += 1;
            continue;
          }
          grids += 1;
          for (const name of views) {
            const b = a.boxes[name];
            expect(b, `${views.join('+')} at ${width}x${height}: ${name}`).toBeDefined();
            expect(b!.width).toBeGreaterThanOrEqual(MIN_VIEW_SIZE[name].width);
            expect(b!.height).toBeGreaterThanOrEqual(MIN_VIEW_SIZE[name].height);
            expect(b!.width).toBeLessThanOrEqual(width);
            expect(b!.height).toBeLessThanOrEqual(height);
          }
          expect(a.areas.join(' ').split(/\s+/).sort()).toEqual(
            expect.arrayContaining([...views].sort()),
          );
        }
    // Both outcomes occur over this range, so the loop checked real grids.
    expect(grids).toBeGreaterThan(100);
    expect(tabs).toBeGreaterThan(10);
  });
});

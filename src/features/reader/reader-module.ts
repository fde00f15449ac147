import type { ViewModule } from '../../ui/view-module';
import type { ReaderScene } from './reader-scene';
import { ArticleReader } from './components/article-reader';

/**
 * The article as `app/` registers it for pictures (slides, the handout, exports). It reads the
 * selection and "as of" that every view shares. The workspace draws the article in its own
 * column, always, so it is not one of the views chosen beside it (see view-registry.tsx).
 */
export const readerModule: ViewModule<ReaderScene> = {
  label: 'Article',
  params: ['selection', 'asOf'],
  // Already in the first load (the workspace's first column), so nothing to split off.
  Component: ArticleReader,
  preload: () => Promise.resolve(),
  // Lazy: the scene needs the metric table (text-measure), which the first load does not carry.
  loadDrawing: () => import('./reader-drawing').then((m) => m.readerDrawing),
};

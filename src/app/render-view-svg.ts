import type { Bundle } from '../bundle/bundle-schema';
import type { SceneOptions, SceneSize, SvgOptions, SvgPicture } from '../ui/view-module';
import type { ViewState } from '../view-state/view-state';
import { DRAWABLE_VIEWS, type DrawableViewName } from './view-registry';

/**
 * Any registered view, or the article, as a standalone SVG, for any state: the view's own scene builder and
 * writer, loaded on demand. Slides, the handout and thumbnails draw through this, so a picture
 * is made without a router, a mounted view or a copy of the page.
 */
export async function renderViewSvg(
  name: DrawableViewName,
  bundle: Bundle,
  state: ViewState,
  size: SceneSize,
  options: { scene?: SceneOptions; svg?: SvgOptions } = {},
): Promise<SvgPicture> {
  const entry = DRAWABLE_VIEWS[name];
  if (!entry.loadDrawing)
    throw new Error(`The ${entry.label.toLowerCase()} view cannot be drawn as a picture yet.`);
  const drawing = await entry.loadDrawing();
  return drawing.writeSvg(drawing.buildScene(bundle, state, size, options.scene), options.svg);
}

import type { Bundle } from '../bundle/bundle-schema';
import { bylineName } from './byline-name';
import { formatPublishedDay } from './format-date';

/** "Kim Oi-hyun, The Hankyoreh, 8 Oct 2018": the article's credit (a GeoJSON's `source`). */
export function articleCredit(bundle: Bundle): string {
  const { article } = bundle;
  return `${bylineName(article.byline)}, ${article.publisher}, ${formatPublishedDay(article.published)}`;
}

/** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" (DESIGN.md: every exported picture). */
export function sourceLine(bundle: Bundle): string {
  return `Source: ${articleCredit(bundle)}`;
}

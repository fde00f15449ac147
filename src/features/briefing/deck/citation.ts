import type { Article } from '../../../bundle/bundle-schema';
import { bylineName } from '../../../model/byline-name';
import { formatPublishedDay } from '../../../model/format-date';
import type { ViewName } from '../../../view-state/view-state';

/** "Kim Oi-hyun, The Hankyoreh, 8 Oct 2018": under every quotation. */
export function citationLine(article: Article): string {
  return `${bylineName(article.byline)}, ${article.publisher}, ${formatPublishedDay(article.published)}`;
}

/**
 * The line every exported picture carries (DESIGN.md "Words"); the geography is credited only
 * when a map is on the slide.
 */
export function sourceLine(article: Article, views: readonly ViewName[]): string {
  const geography = views.includes('map') ? ' Geography: Natural Earth.' : '';
  return `Source: ${citationLine(article)}.${geography}`;
}

import type { Article } from '../bundle/bundle-schema';
import { bylineName } from './byline-name';
import { formatPublishedDay } from './format-date';

/**
 * The article's credit as a source line gives it: "Kim Oi-hyun, The Hankyoreh, 8 Oct 2018"
 * (DESIGN.md, Words: every exported picture carries it).
 */
export function articleCredit(
  article: Pick<Article, 'byline' | 'publisher' | 'published'>,
): string {
  return `${bylineName(article.byline)}, ${article.publisher}, ${formatPublishedDay(article.published)}`;
}

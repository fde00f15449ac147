import type { Bundle } from '../bundle/bundle-schema';
import { bylineName } from './byline-name';
import { formatPublishedDay } from './format-date';

/** "Source: Kim Oi-hyun, The Hankyoreh, 8 Oct 2018" (DESIGN.md: every exported picture). */
export function sourceLine(bundle: Bundle): string {
  const { article } = bundle;
  return `Source: ${bylineName(article.byline)}, ${article.publisher}, ${formatPublishedDay(article.published)}`;
}

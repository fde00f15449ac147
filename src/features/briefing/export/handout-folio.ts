import type { Bundle } from '../../../bundle/bundle-schema';
import type { Deck } from '../deck/deck-schema';

/** The handout's running foot: "North Korea, China and Russia… · slide 3 of 9". */
export function handoutFolio(deck: Deck, bundle: Bundle, number: number, count: number): string {
  return `${deck.title ?? bundle.article.title} · slide ${number} of ${count}`;
}

import type { Deck, Slide } from './deck-schema';

/** The smallest "s-<n>" no slide uses: short, stable ids for keys and for files. */
export function newSlideId(deck: Deck): string {
  const used = new Set(deck.slides.map((s) => s.id));
  let n = deck.slides.length + 1;
  while (used.has(`s-${n}`)) n += 1;
  return `s-${n}`;
}

/** Appends a slide, renaming its id if the deck already has it. */
export function addSlide(deck: Deck, slide: Slide): Deck {
  const id = deck.slides.some((s) => s.id === slide.id) ? newSlideId(deck) : slide.id;
  return { ...deck, slides: [...deck.slides, { ...slide, id }] };
}

/** Puts a slide back where it was (undo of a delete). */
export function insertSlide(deck: Deck, slide: Slide, index: number): Deck {
  const id = deck.slides.some((s) => s.id === slide.id) ? newSlideId(deck) : slide.id;
  const slides = [...deck.slides];
  slides.splice(Math.max(0, Math.min(index, slides.length)), 0, { ...slide, id });
  return { ...deck, slides };
}

export function updateSlide(deck: Deck, id: string, patch: Partial<Omit<Slide, 'id'>>): Deck {
  return { ...deck, slides: deck.slides.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Moves a slide by delta places (-1 up, +1 down); past either end it stays put. */
export function moveSlide(deck: Deck, id: string, delta: number): Deck {
  const from = deck.slides.findIndex((s) => s.id === id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= deck.slides.length) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  if (moved === undefined) return deck;
  slides.splice(to, 0, moved);
  return { ...deck, slides };
}

/**
 * Where a slide dragged from place `from` lands when dropped before or after the slide at
 * `over` (0-based places in the deck as it is before the move).
 */
export function dropSlot(from: number, over: number, edge: 'before' | 'after'): number {
  const gap = edge === 'before' ? over : over + 1;
  return gap > from ? gap - 1 : gap;
}

/** A copy right after the original, marked so the two can be told apart in the list. */
export function duplicateSlide(deck: Deck, id: string): Deck {
  const index = deck.slides.findIndex((s) => s.id === id);
  const original = deck.slides[index];
  if (original === undefined) return deck;
  const copy: Slide = {
    ...original,
    id: newSlideId(deck),
    title: `${original.title} (copy)`.slice(0, 160),
    view: { ...original.view },
    quotes: original.quotes.map((q) => ({ ...q })),
  };
  const slides = [...deck.slides];
  slides.splice(index + 1, 0, copy);
  return { ...deck, slides };
}

export function deleteSlide(deck: Deck, id: string): Deck {
  return { ...deck, slides: deck.slides.filter((s) => s.id !== id) };
}

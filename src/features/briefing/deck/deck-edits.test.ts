import { describe, expect, it } from 'vitest';
import { seedBundle } from '../../../bundle/fixtures/seed-bundle';
import { titleDeck } from './new-slide';
import type { Deck, Slide } from './deck-schema';
import {
  addSlide,
  deleteSlide,
  dropSlot,
  duplicateSlide,
  insertSlide,
  moveSlide,
  newSlideId,
  updateSlide,
} from './deck-edits';

const base = titleDeck(seedBundle());
const slide = (id: string): Slide => ({ ...base.slides[0]!, id, title: id });
const deck: Deck = { ...base, slides: ['a', 'b', 'c'].map(slide) };
const ids = (d: Deck) => d.slides.map((s) => s.id);

describe('deck edits', () => {
  it('moves up and down, and not past either end', () => {
    expect(ids(moveSlide(deck, 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveSlide(deck, 'b', 1))).toEqual(['a', 'c', 'b']);
    expect(moveSlide(deck, 'a', -1)).toBe(deck);
    expect(moveSlide(deck, 'c', 1)).toBe(deck);
    expect(moveSlide(deck, 'zz', 1)).toBe(deck);
  });

  it('duplicates after the original with a new id and a marked title', () => {
    const d = duplicateSlide(deck, 'a');
    expect(ids(d)).toEqual(['a', 's-4', 'b', 'c']);
    expect(d.slides[1]!.title).toBe('a (copy)');
    expect(d.slides[1]!.quotes).not.toBe(d.slides[0]!.quotes);
  });

  it('deletes, and puts back where it was', () => {
    const d = deleteSlide(deck, 'b');
    expect(ids(d)).toEqual(['a', 'c']);
    expect(ids(insertSlide(d, deck.slides[1]!, 1))).toEqual(['a', 'b', 'c']);
  });

  it('adds with a fresh id when the id is taken, and updates fields', () => {
    expect(ids(addSlide(deck, slide('a')))).toEqual(['a', 'b', 'c', 's-4']);
    expect(newSlideId({ ...deck, slides: [slide('s-2')] })).toBe('s-3');
    expect(updateSlide(deck, 'c', { title: 'New' }).slides[2]!.title).toBe('New');
  });
});

describe('dropSlot', () => {
  it('lands a dragged slide in the gap it was dropped on, counted after it leaves its place', () => {
    // Five slides; slide 0 dropped after slide 2 lands at place 2 (slides 1 and 2 move up).
    expect(dropSlot(0, 2, 'after')).toBe(2);
    expect(dropSlot(0, 2, 'before')).toBe(1);
    // Dragged up: the gap before slide 1 is place 1.
    expect(dropSlot(4, 1, 'before')).toBe(1);
    expect(dropSlot(4, 1, 'after')).toBe(2);
    // Dropped on itself or on the gaps next to it: it stays.
    expect(dropSlot(2, 2, 'before')).toBe(2);
    expect(dropSlot(2, 2, 'after')).toBe(2);
    expect(dropSlot(2, 1, 'after')).toBe(2);
    expect(dropSlot(2, 3, 'before')).toBe(2);
    // To the very end.
    expect(dropSlot(0, 4, 'after')).toBe(4);
  });
});

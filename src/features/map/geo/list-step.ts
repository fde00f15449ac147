/** How far Page Up / Page Down move through a list of places. */
export const LIST_PAGE = 10;

/**
 * Where a key moves the focus in a list of `count` items from item `from`: the arrows one item,
 * Page Up / Page Down a page, Home and End to the ends, never past them. Null for any other key
 * (and in an empty list), so the key is left to the page.
 */
export function listStep(key: string, from: number, count: number): number | null {
  if (count <= 0) return null;
  const to =
    key === 'ArrowDown'
      ? from + 1
      : key === 'ArrowUp'
        ? from - 1
        : key === 'PageDown'
          ? from + LIST_PAGE
          : key === 'PageUp'
            ? from - LIST_PAGE
            : key === 'Home'
              ? 0
              : key === 'End'
                ? count - 1
                : null;
  return to === null ? null : Math.max(0, Math.min(count - 1, to));
}

/**
 * Joins parts into a file name safe on every system: "six-party-talks-2018-10-08" + "slide-3"
 * gives "six-party-talks-2018-10-08-slide-3". Anything but letters, digits, dot, underscore and
 * hyphen becomes one hyphen; the result is at most 120 characters and never empty.
 */
export function safeFileName(...parts: string[]): string {
  const name = parts
    .join('-')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 120);
  return name === '' ? 'article-atlas' : name;
}

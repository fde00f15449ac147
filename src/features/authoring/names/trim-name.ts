/** Abbreviations whose closing full stop is part of the name. */
const KEEP_DOT = /(^|[\s.])(\p{Lu}\.)+$|\b(Jr|Sr|Inc|Ltd|Co|Corp|St|Mt|Dr|Mr|Mrs|Ms)\.$/u;

/**
 * A name as found, without what clings to it in running text: trailing commas, colons, quotes,
 * brackets and a sentence's full stop are cut; a possessive "’s" is cut; the full stop of an
 * abbreviation ("U.S.", "Jr.") stays, because it is part of how the name is written.
 */
export function trimName(raw: string): string {
  let name = raw.trim();
  for (;;) {
    const before = name;
    name = name.replace(/[\s,;:!?"“”‘'’)\]}»]+$/u, '');
    name = name.replace(/^[\s"“‘'([{«]+/u, '');
    name = name.replace(/['’]s$/u, '');
    if (name.endsWith('.') && !KEEP_DOT.test(name)) name = name.slice(0, -1);
    if (name === before) return name;
  }
}

/**
 * Cuts the article out of the raw scrape: drops the posting line and the page chrome after
 * the contact line, keeps every character in between exactly, and splits it into blocks.
 */
import type { BlockKind } from '../../src/bundle/bundle-schema.js';

export interface SourceBlock {
  id: string;
  kind: BlockKind;
  start: number;
  end: number;
}

export interface ArticleSource {
  text: string;
  blocks: SourceBlock[];
  published: string;
  modified: string;
}

/** The last line of the article; everything after it is the publisher's page chrome. */
export const CONTACT_LINE = 'Please direct comments or questions to [english@hani.co.kr]';

/**
 * The blocks in order, each named by how it begins (checked, so a changed scrape fails loudly).
 * Block ids are b1, b2, … in this order.
 */
const EXPECTED_BLOCKS: [BlockKind, string][] = [
  ['caption', 'North Korean Vice Foreign Minister Choe Son-hui at Moscow’s'],
  ['headline', 'North Korea working to build firmer foundation'],
  ['paragraph', 'North Korean Vice Foreign Minister Choe Son-hui is holding'],
  ['paragraph', 'Choe was photographed by the foreign press'],
  ['paragraph', 'Russia’s government-run TASS news agency'],
  ['paragraph', 'On Oct. 5, Choe held vice minister-level talks'],
  ['paragraph', 'The trilateral Moscow talks were attended'],
  ['paragraph', 'Choe’s recent activities mirror'],
  ['caption', 'Chinese Vice Foreign Minister Kong Xuanyou (R)'],
  ['paragraph', 'During her visit, Choe is expected'],
  ['paragraph', 'At a UNSC meeting on Sept. 27'],
  ['paragraph', 'Choe is also expected to discuss'],
  ['paragraph', 'Choe remained vague'],
  ['paragraph', '“I’m not really sure,” she said.'],
  ['byline', 'By Kim Oi-hyun, Beijing correspondent'],
  ['note', CONTACT_LINE],
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct.8,2018 17:06 KST" → "2018-10-08T17:06:00+09:00". */
export function kstToIso(stamp: string): string {
  const m = /^([A-Z][a-z]{2})[a-z]*\.\s*(\d{1,2}),\s*(\d{4}) (\d{2}):(\d{2}) KST$/.exec(
    stamp.trim(),
  );
  if (m === null) throw new Error(`cannot read the date “${stamp}”`);
  const [, mon = '', day = '', year = '', hh = '', mm = ''] = m;
  const month = MONTHS.indexOf(mon) + 1;
  if (month === 0) throw new Error(`unknown month “${mon}” in “${stamp}”`);
  const pad = (n: number | string) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${hh}:${mm}:00+09:00`;
}

export function readArticleSource(raw: string): ArticleSource {
  const normalized = raw.replace(/\r\n?/g, '\n');
  const firstBreak = normalized.indexOf('\n');
  const postingLine = normalized.slice(0, firstBreak);
  const posting = /^Posted on : (.+?) Modified on : (.+)$/.exec(postingLine.trim());
  if (posting === null) throw new Error(`first line is not the posting line: “${postingLine}”`);
  const published = kstToIso(posting[1] ?? '');
  const modified = kstToIso(posting[2] ?? '');

  const contactAt = normalized.indexOf(CONTACT_LINE);
  if (contactAt === -1) throw new Error('contact line not found');
  const body = normalized.slice(firstBreak + 1, contactAt + CONTACT_LINE.length);
  const text = body.replace(/^\s+/, '').replace(/\s+$/, '');

  const blocks: SourceBlock[] = [];
  let start = 0;
  const pieces = text.split('\n\n');
  if (pieces.length !== EXPECTED_BLOCKS.length)
    throw new Error(`expected ${EXPECTED_BLOCKS.length} blocks, found ${pieces.length}`);
  pieces.forEach((piece, i) => {
    const [kind, opening] = EXPECTED_BLOCKS[i] ?? ['note', ''];
    if (!piece.startsWith(opening))
      throw new Error(
        `block b${i + 1} should begin “${opening}” but begins “${piece.slice(0, 40)}”`,
      );
    if (piece.trim() !== piece) throw new Error(`block b${i + 1} has stray whitespace`);
    blocks.push({ id: `b${i + 1}`, kind, start, end: start + piece.length });
    start += piece.length + 2;
  });
  return { text, blocks, published, modified };
}

/**
 * Breaks a long name into balanced lines (DESIGN.md: long names wrap), never more than
 * `maxLines`; what still does not fit ends in "…" and the full name stays in the accessible
 * name and the tooltip. Balanced, not greedy, because "Russian embassy / in North Korea" reads
 * better than "Russian embassy in North / Korea".
 */
export function wrapLabel(text: string, maxChars = 24, maxLines = 3): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [''];
  if (text.length <= maxChars || words.length === 1) return [shorten(text.trim(), maxChars)];

  for (let lines = 2; lines <= maxLines; lines++) {
    const best = balancedSplit(words, lines);
    if (best !== null && best.every((l) => l.length <= maxChars)) return best;
  }
  // Too long even for maxLines: fill greedily and ellipsise the last line.
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line === '' ? w : `${line} ${w}`;
    if (next.length <= maxChars || line === '') line = next;
    else {
      out.push(line);
      line = w;
    }
  }
  out.push(line);
  if (out.length <= maxLines) return out.map((l) => shorten(l, maxChars));
  const kept = out.slice(0, maxLines);
  kept[maxLines - 1] = `${shorten(kept[maxLines - 1] ?? '', maxChars - 1)}…`;
  return kept;
}

function shorten(line: string, maxChars: number): string {
  return line.length <= maxChars ? line : `${line.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** The split of words into exactly `lines` lines whose longest line is shortest. */
function balancedSplit(words: string[], lines: number): string[] | null {
  if (words.length < lines) return null;
  let best: string[] | null = null;
  let bestLongest = Infinity;
  const walk = (start: number, left: number, acc: string[]) => {
    if (left === 1) {
      const candidate = [...acc, words.slice(start).join(' ')];
      const longest = Math.max(...candidate.map((l) => l.length));
      if (longest < bestLongest) {
        bestLongest = longest;
        best = candidate;
      }
      return;
    }
    for (let end = start + 1; end <= words.length - left + 1; end++)
      walk(end, left - 1, [...acc, words.slice(start, end).join(' ')]);
  };
  walk(0, lines, []);
  return best;
}

/**
 * The writer's name from a byline, for source lines: "By Kim Oi-hyun, Beijing correspondent"
 * -> "Kim Oi-hyun". Bylines carry a leading "By" and a trailing role that a credit line drops.
 */
export function bylineName(byline: string): string {
  const withoutBy = byline.trim().replace(/^by\s+/i, '');
  const name = withoutBy.split(',')[0]?.trim() ?? '';
  return name === '' ? byline.trim() : name;
}

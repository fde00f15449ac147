import type { CountryGroup } from '../../../model/country-groups';

/** More members than this and a grouping is named by its first few and a count. */
const NAMED = 4;

/**
 * A grouping's name as a caption or a key can show it: every member for a small grouping ("North
 * Korea, China, Russia"), the first three and how many more for a large one ("Kapolin, Kadu,
 * Horengo and 38 more"), so a report with dozens of aligned states keeps a readable key. The
 * table and the exports' data keep the full list.
 */
export function groupCaption(group: CountryGroup, names: ReadonlyMap<string, string>): string {
  if (group.countries.length <= NAMED) return group.name;
  const first = group.countries.slice(0, NAMED - 1).map((id) => names.get(id) ?? id);
  return `${first.join(', ')} and ${group.countries.length - first.length} more`;
}

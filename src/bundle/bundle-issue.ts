/** One reason a bundle was refused, precise enough to find and fix the offending item. */
export interface BundleIssue {
  /** JSON path to the offending value, e.g. "mentions[3].end". */
  path: string;
  /** The item that breaks the rule, in words: "mention 4 (of choe-son-hui)". */
  item: string;
  /** The field at fault. */
  field: string;
  /** Why it is refused, quoting the offending text where there is one. */
  message: string;
}

export function formatIssue(issue: BundleIssue): string {
  return `${issue.item} › ${issue.field}: ${issue.message} (at ${issue.path})`;
}

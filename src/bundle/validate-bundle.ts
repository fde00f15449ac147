import { bundleSchema, BUNDLE_FORMAT, type Bundle } from './bundle-schema';
import type { BundleIssue } from './bundle-issue';
import { checkBundleRules } from './check-bundle-rules';
import { checkPartialBundle } from './check-partial-bundle';
import { checkBundleWarnings } from './check-bundle-warnings';
import { checkUnknownFields } from './check-unknown-fields';
import { boundMessage, describeValue } from './describe-value';
import { parseJsonFile } from './parse-json-file';
import { zodIssuesToBundleIssues } from './zod-issues-to-bundle-issues';

/** A valid bundle may still carry warnings: things that open but that an author rarely means. */
export type BundleValidation =
  { ok: true; bundle: Bundle; warnings: BundleIssue[] } | { ok: false; issues: BundleIssue[] };

/** Every message leaves bounded, whichever rule wrote it. */
function bounded(issues: BundleIssue[]): BundleIssue[] {
  return issues.map((i) => ({
    ...i,
    message: boundMessage(i.message),
    item: boundMessage(i.item),
  }));
}

/**
 * The one gate every bundle passes, in the app, the tests and the command line:
 * shape first (zod), then the rules that tie offsets, ids and dates together. A refusal lists
 * every error found, not the first: when the shape fails, the rules still run on what has shape.
 */
export function validateBundle(data: unknown): BundleValidation {
  if (
    data !== null &&
    typeof data === 'object' &&
    'format' in data &&
    data.format !== BUNDLE_FORMAT
  ) {
    return {
      ok: false,
      issues: [
        {
          path: 'format',
          item: 'bundle',
          field: 'format',
          message: `is ${describeValue(data.format)}; this app reads "${BUNDLE_FORMAT}"`,
        },
      ],
    };
  }
  const parsed = bundleSchema.safeParse(data);
  // Every error at once: the shape's, then the rules' for the parts whose shape is right.
  if (!parsed.success)
    return {
      ok: false,
      issues: bounded([
        ...zodIssuesToBundleIssues(data, parsed.error),
        ...checkPartialBundle(data),
      ]),
    };
  const issues = checkBundleRules(parsed.data);
  return issues.length === 0
    ? {
        ok: true,
        bundle: parsed.data,
        warnings: bounded([...checkUnknownFields(data), ...checkBundleWarnings(parsed.data)]),
      }
    : { ok: false, issues: bounded(issues) };
}

/** Parses JSON text and validates it; a syntax error becomes an issue like any other. */
export function validateBundleText(json: string): BundleValidation {
  const parsed = parseJsonFile(json);
  return parsed.ok ? validateBundle(parsed.data) : { ok: false, issues: [parsed.issue] };
}

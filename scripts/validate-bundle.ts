/**
 * npm run validate -- FILE [FILE…]
 * Checks bundles with the same module the app uses; exits 1 when any is refused. Given a bundle
 * index (public/bundles/index.json), checks the index and every bundle it lists.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateBundleText } from '../src/bundle/validate-bundle';
import { formatIssue } from '../src/bundle/bundle-issue';
import { bundleIndexSchema } from '../src/bundle/bundle-index-schema';
import { zodIssuesToBundleIssues } from '../src/bundle/zod-issues-to-bundle-issues';
import { fileSizeIssue } from '../src/bundle/bundle-file-limit';
import { parseJsonFile } from '../src/bundle/parse-json-file';

/** Reads a file under the app's size limit; says why when it cannot. */
function read(file: string): string | null {
  try {
    const tooBig = fileSizeIssue(statSync(file).size);
    if (tooBig !== null) {
      console.error(`${file}: refused, 1 problem(s):`);
      console.error(`  - ${formatIssue(tooBig)}`);
      return null;
    }
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(
      `${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/** Validates one bundle file; returns its id when valid. */
function checkBundle(file: string): string | null {
  const text = read(file);
  if (text === null) return null;
  const result = validateBundleText(text);
  if (result.ok) {
    const b = result.bundle;
    console.log(
      `${file}: valid (${b.entities.length} entities, ${b.mentions.length} mentions, ${b.relations.length} relations, ${b.events.length} events, ${b.journeys.length} journeys)`,
    );
    for (const warning of result.warnings) console.log(`  warning: ${formatIssue(warning)}`);
    return b.id;
  }
  console.error(`${file}: refused, ${result.issues.length} problem(s):`);
  for (const issue of result.issues) console.error(`  - ${formatIssue(issue)}`);
  return null;
}

function checkIndex(file: string, data: unknown): boolean {
  const parsed = bundleIndexSchema.safeParse(data);
  if (!parsed.success) {
    console.error(`${file}: not a valid bundle index:`);
    for (const issue of zodIssuesToBundleIssues(data, parsed.error))
      console.error(`  - ${formatIssue(issue)}`);
    return false;
  }
  let ok = true;
  for (const entry of parsed.data.bundles) {
    const id = checkBundle(join(dirname(file), entry.file));
    if (id === null) ok = false;
    else if (id !== entry.id) {
      console.error(
        `${file}: lists "${entry.file}" as "${entry.id}", but the bundle's id is "${id}"`,
      );
      ok = false;
    }
  }
  return ok;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE [FILE…]   (a bundle, or a bundle index)');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const text = read(file);
  if (text === null) {
    failed = true;
    continue;
  }
  // Not JSON: the bundle check below says so in its own words.
  const json = parseJsonFile(text);
  const data: unknown = json.ok ? json.data : null;
  const isIndex =
    data !== null && typeof data === 'object' && 'bundles' in data && !('format' in data);
  const ok = isIndex ? checkIndex(file, data) : checkBundle(file) !== null;
  if (!ok) failed = true;
}
process.exit(failed ? 1 : 0);

/**
 * npm run validate -- FILE [FILE…]
 * Checks bundles with the same module the app uses; exits 1 when any is refused.
 */
import { readFileSync } from 'node:fs';
import { validateBundleText } from '../src/bundle/validate-bundle';
import { formatIssue } from '../src/bundle/bundle-issue';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE [FILE…]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(
      `${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`,
    );
    failed = true;
    continue;
  }
  const result = validateBundleText(text);
  if (result.ok) {
    const b = result.bundle;
    console.log(
      `${file}: valid (${b.entities.length} entities, ${b.mentions.length} mentions, ${b.relations.length} relations, ${b.events.length} events, ${b.journeys.length} journeys)`,
    );
  } else {
    failed = true;
    console.error(`${file}: refused, ${result.issues.length} problem(s):`);
    for (const issue of result.issues) console.error(`  - ${formatIssue(issue)}`);
  }
}
process.exit(failed ? 1 : 0);

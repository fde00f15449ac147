import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const run = (...files: string[]) =>
  spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    [join(root, 'scripts/validate-bundle.ts'), ...files],
    {
      encoding: 'utf8',
    },
  );
const seedFile = join(root, 'public/bundles/six-party-talks-2018-10-08.json');

describe('npm run validate', () => {
  it('accepts the seed bundle and the index that lists it', () => {
    const r = run(seedFile, join(root, 'public/bundles/index.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/six-party-talks-2018-10-08\.json: valid \(32 entities/);
  });

  it('refuses a broken bundle with the item, field and text, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
    const bundle = JSON.parse(readFileSync(seedFile, 'utf8')) as {
      mentions: { end: number }[];
      events: { when: { start: string } }[];
    };
    bundle.mentions[0]!.end += 4;
    bundle.events[0]!.when.start = '2018-02-31';
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(bundle));
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    const r = run(broken, notJson, join(dir, 'missing.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.json: refused, 2 problem\(s\)/);
    expect(r.stderr).toMatch(
      /mention 1 \(of [a-z-]+\) › start\/end: marks “[^”]+”, which is neither the name/,
    );
    expect(r.stderr).toMatch(
      /event 1 "e-nk-us-summit" › when\.start: "2018-02-31" is not a real date/,
    );
    expect(r.stderr).toMatch(/not\.json: refused.*\n.*is not valid JSON/);
    expect(r.stderr).toMatch(/missing\.json: cannot read/);
  });

  it('follows the app: a UTF-8 BOM is read, a file over 20 MB is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
    const withBom = join(dir, 'bom.json');
    writeFileSync(withBom, `\ufeff${readFileSync(seedFile, 'utf8')}`);
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    const r = run(withBom, huge);
    expect(r.stdout).toMatch(/bom\.json: valid/);
    expect(r.stderr).toMatch(
      /huge\.json: refused.*\n.*file › \(size\): is 50\.0 MB; the limit is 20 MB/,
    );
    expect(r.status).toBe(1);
  });
});

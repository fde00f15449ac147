import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../vite.config';

/**
 * The header files ship the same policy the build writes into index.html, plus what only a
 * header can say (frame-ancestors): edit one and forget the other, and this fails.
 */
const expected = `${contentSecurityPolicy}; frame-ancestors 'none'`;

describe('security headers for hosts that allow them', () => {
  it('public/_headers sends the build’s CSP with frame-ancestors none, for every path', () => {
    const text = readFileSync('public/_headers', 'utf8');
    expect(text).toMatch(/^\/\*$/m);
    expect(text).toContain(`  Content-Security-Policy: ${expected}\n`);
    expect(text).toContain('  X-Frame-Options: DENY\n');
    expect(text).toContain('  X-Content-Type-Options: nosniff\n');
  });

  it('the nginx example sends the same policy on every answer', () => {
    const text = readFileSync('docs/nginx-security-headers.conf', 'utf8');
    expect(text).toContain(`add_header Content-Security-Policy "${expected}" always;`);
    expect(text).toContain('add_header X-Frame-Options "DENY" always;');
  });
});

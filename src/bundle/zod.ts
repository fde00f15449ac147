import { z } from 'zod';

// The CSP forbids eval: left alone, zod probes `new Function` on first parse and the browser
// reports a CSP violation (Lighthouse counts it against best practices). Every schema imports
// zod from here so the setting is in force before any parse.
z.config({ jitless: true });

export { z };

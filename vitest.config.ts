import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // A hang detector, not a speed check: on a 2-core machine busy with other work a test that
    // starts a `tsx` process or runs a fuzzer can take many times its quiet-machine time, and
    // vitest's 5 s default would fail it for the machine's load, not for a fault.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

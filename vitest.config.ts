import { defineConfig } from 'vitest/config';

// Unit and process-level tests. Fixture replay specs (*.spec.ts) belong to @playwright/test.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One throwaway PostgreSQL cluster for the run: the store contract suite runs on it and on SQLite.
    globalSetup: ['test/support/pg-global-setup.ts'],
    testTimeout: 60_000,
    // expect.poll's default 1 s is shorter than a replayed re-render (jittered delays) takes on a loaded
    // two-core machine: a poll that passes later is the same result, so wait as long as an action's
    // effect budget.
    expect: { poll: { timeout: 8_000 } },
    hookTimeout: 60_000,
    pool: 'forks',
    // Browser tests launch real Chromium; two cores do not carry many at once.
    maxWorkers: 2,
  },
});

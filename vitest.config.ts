import { defineConfig } from 'vitest/config';

// Unit and process-level tests. Fixture replay specs (*.spec.ts) belong to @playwright/test.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One throwaway PostgreSQL cluster for the run: the store contract suite runs on it and on SQLite.
    globalSetup: ['test/support/pg-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Browser tests launch real Chromium; two cores do not carry many at once.
    maxWorkers: 2,
  },
});

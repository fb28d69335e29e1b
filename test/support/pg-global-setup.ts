// vitest globalSetup: one throwaway PostgreSQL cluster for the whole run, shared by every test file
// (each store test creates its own database in it: test/store/store-adapters.ts). When the binaries are
// missing the run goes on and the PostgreSQL tests fail with the reason; they are never skipped.
// LINKWRIGHT_TEST_DATABASE_URL points the tests at an existing server instead (a superuser's URL).
import type { TestProject } from 'vitest/node';
import { startPgCluster, type PgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test cluster, or why there is none. */
    pgCluster: { adminUrl: string } | { error: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.LINKWRIGHT_TEST_DATABASE_URL?.trim();
  if (external) {
    project.provide('pgCluster', { adminUrl: external });
    return async () => {};
  }
  let cluster: PgCluster | undefined;
  try {
    cluster = await startPgCluster();
    project.provide('pgCluster', { adminUrl: cluster.adminUrl });
  } catch (e) {
    project.provide('pgCluster', { error: (e as Error).message });
  }
  return async () => {
    await cluster?.stop();
  };
}

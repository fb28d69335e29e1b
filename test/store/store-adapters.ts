// The store contract suite's adapters: every store-level test runs once per adapter through
// `describe.each(STORE_KINDS)`, on a fresh SQLite file or a fresh PostgreSQL database of the run's
// throwaway cluster (test/support/pg-global-setup.ts). No mocks: both are the real thing.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject, vi } from 'vitest';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { tempHome } from './helpers.ts';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

/** The cluster's admin URL; throws (failing the test, never skipping it) when there is no cluster. */
export function pgAdminUrl(): string {
  const c = inject('pgCluster');
  if ('error' in c) throw new Error(`PostgreSQL store tests cannot run: ${c.error}`);
  return c.adminUrl;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgAdminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A new, empty database in the test cluster; `drop` removes it (closing what is still connected). */
export async function createTempDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lw_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

export interface TempStore {
  kind: StoreKind;
  store: Store;
  /** A throwaway LINKWRIGHT_HOME (config.json, account folders) for both adapters. */
  home: string;
  /** SQLite: the file. PostgreSQL: the database URL. */
  location: string;
  /** What a process needs in its environment to open this same store with `openStore(home)`. */
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}

/** A fresh store of the given kind, migrated to `targetVersion` (default latest). */
export async function openTempStore(
  kind: StoreKind,
  opts: { targetVersion?: number } = {},
): Promise<TempStore> {
  const h = tempHome();
  if (kind === 'sqlite') {
    const dbPath = join(h.home, 'linkwright.db');
    const store = new SqliteStore(dbPath, opts);
    return {
      kind,
      store,
      home: h.home,
      location: dbPath,
      env: {},
      cleanup: async () => {
        await store.close();
        h.cleanup();
      },
    };
  }
  const db = await createTempDatabase();
  const store = await PostgresStore.open(db.url, opts);
  return {
    kind,
    store,
    home: h.home,
    location: db.url,
    env: { LINKWRIGHT_DATABASE_URL: db.url },
    cleanup: async () => {
      await store.close();
      await db.drop();
      h.cleanup();
    },
  };
}

/**
 * Runs one statement on the store's database behind the port's back (a test standing in for a crashed
 * process, an older linkwright, …). Placeholders are `?`; numbered `$n` for PostgreSQL are derived.
 */
export async function execRaw(
  t: Pick<TempStore, 'kind' | 'location'>,
  sql: string,
  args: unknown[] = [],
): Promise<number> {
  if (t.kind === 'sqlite') {
    const db = new Database(t.location);
    try {
      return db.prepare(sql).run(...args).changes;
    } finally {
      db.close();
    }
  }
  let n = 0;
  const c = new pg.Client({ connectionString: t.location });
  await c.connect();
  try {
    return (
      (
        await c.query(
          sql.replace(/\?/g, () => `$${++n}`),
          args,
        )
      ).rowCount ?? 0
    );
  } finally {
    await c.end();
  }
}

/** Another connection to the same store, as a second process or machine would open it. */
export async function openSameStore(t: Pick<TempStore, 'kind' | 'location'>): Promise<Store> {
  return t.kind === 'sqlite' ? new SqliteStore(t.location) : PostgresStore.open(t.location);
}

/**
 * For tests that open the store by home (`linkwright run` children, `describeHolds({ home })`): with
 * `postgres`, points LINKWRIGHT_DATABASE_URL (inherited by child processes) at a fresh database until
 * the returned cleanup runs; with `sqlite`, leaves the environment alone (the file under home).
 */
export async function useStoreEnv(kind: StoreKind): Promise<() => Promise<void>> {
  if (kind === 'sqlite') return async () => {};
  const db = await createTempDatabase();
  vi.stubEnv('LINKWRIGHT_DATABASE_URL', db.url);
  return async () => {
    vi.unstubAllEnvs();
    await db.drop();
  };
}

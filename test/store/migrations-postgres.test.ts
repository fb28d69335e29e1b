// The PostgreSQL side of the migrations (test/store/migrations.test.ts covers SQLite): the same versions
// from an empty database, an upgrade from version 1 with data, refusal of a newer schema, rollback of a
// failing migration, several workers migrating a fresh database at once, and openStore's selection by
// LINKWRIGHT_DATABASE_URL without ever printing the password.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migratePostgres } from '../../src/store/postgres/migrator.ts';
import { openPool } from '../../src/store/postgres/connection.ts';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import {
  databaseUrlFromEnv,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  openStore,
  redactDatabaseUrl,
} from '../../src/store/index.ts';
import { createTempDatabase, execRaw } from './store-adapters.ts';
import { REPO_ROOT, tempHome } from './helpers.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  while (cleanups.length) await cleanups.pop()?.();
});

async function database(): Promise<string> {
  const db = await createTempDatabase();
  cleanups.push(db.drop);
  return db.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const tables = async (url: string): Promise<string[]> =>
  (
    await query<{ tablename: string }>(
      url,
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
  ).map((r) => r.tablename);

describe('PostgreSQL migrations', () => {
  it('every migration has a PostgreSQL dialect', () => {
    expect(MIGRATIONS.filter((m) => m.postgres === undefined).map((m) => m.version)).toEqual([]);
  });

  it('build the latest schema from an empty database, record each version, and reopen idempotently', async () => {
    const url = await database();
    const store = await PostgresStore.open(url);
    expect(store.kind).toBe('postgres');
    expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    await store.close();
    expect(await tables(url)).toEqual(
      expect.arrayContaining([
        'accounts',
        'workflows',
        'account_limits',
        'usage_reservations',
        'usage_units',
        'holds',
        'action_journal',
        'conversations',
        'inbox_syncs',
        'conversation_messages',
        'network_syncs',
        'network_people',
        'network_events',
        'workflow_queue',
        'account_leases',
        'api_tokens',
        'identification_tokens',
        'schema_migrations',
      ]),
    );
    expect(await query(url, 'SELECT version, name FROM schema_migrations ORDER BY version')).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
    );
    const again = await PostgresStore.open(url);
    expect(await again.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    await again.close();
  });

  it('store dates as timestamptz and JSON as jsonb', async () => {
    const url = await database();
    await (await PostgresStore.open(url)).close();
    const cols = await query<{ table_name: string; column_name: string; data_type: string }>(
      url,
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
         AND (column_name LIKE '%\\_at' OR column_name LIKE '%\\_json' OR column_name IN ('until', 'time', 'sync_until', 'categories'))`,
    );
    expect(cols.length).toBeGreaterThan(20);
    for (const c of cols) {
      const want = /_json$|^categories$/.test(c.column_name) ? 'jsonb' : 'timestamp with time zone';
      expect(`${c.table_name}.${c.column_name}: ${c.data_type}`).toBe(
        `${c.table_name}.${c.column_name}: ${want}`,
      );
    }
  });

  it('upgrade a version-1 database with data in it, keeping the data', async () => {
    const url = await database();
    const v1 = await PostgresStore.open(url, { targetVersion: 1 });
    expect(await v1.schemaVersion()).toBe(1);
    expect(await tables(url)).not.toContain('action_journal');
    const t0 = new Date('2026-03-02T10:00:00Z');
    await v1.ensureAccount('alice', t0);
    await v1.createWorkflow({
      id: 'wf-1',
      account: 'alice',
      status: 'running',
      definitionHash: 'abc',
      now: t0,
    });
    await v1.updateWorkflow('wf-1', {
      status: 'completed',
      completion: { actionType: 'st.openPersonPage', success: true },
      now: t0,
    });
    await v1.close();
    await execRaw(
      { kind: 'postgres', location: url },
      `UPDATE accounts SET status = 'parked', parked_reason = ?, parked_message = ?, parked_at = ?,
       identity_json = ?::jsonb WHERE name = ?`,
      [
        'securityCheckpoint',
        'captcha',
        t0,
        JSON.stringify({ locale: 'de-DE', timezone: 'Europe/Berlin' }),
        'alice',
      ],
    );

    for (const target of [2, LATEST_SCHEMA_VERSION]) {
      const s = await PostgresStore.open(url, { targetVersion: target });
      expect(await s.schemaVersion()).toBe(target);
      await s.close();
    }
    const latest = await PostgresStore.open(url);
    const alice = await latest.ensureAccount('alice', new Date('2026-03-03T10:00:00Z'));
    expect(alice).toMatchObject({
      name: 'alice',
      status: 'parked',
      parkedReason: 'securityCheckpoint',
      parkedMessage: 'captcha',
      identity: { locale: 'de-DE', timezone: 'Europe/Berlin' },
    });
    expect(alice.parkedAt?.toISOString()).toBe(t0.toISOString());
    expect(await latest.getWorkflow('wf-1')).toMatchObject({
      status: 'completed',
      definitionHash: 'abc',
      completion: { actionType: 'st.openPersonPage', success: true },
    });
    await latest.upsertLimitOverrides(
      'alice',
      [{ category: 'stMessages', period: 'daily', maxValue: 5, isEnabled: true }],
      t0,
    );
    expect(await latest.listLimitOverrides('alice')).toHaveLength(1);
    await latest.close();
  });

  it('refuse a database written by a newer linkwright', async () => {
    const url = await database();
    await (await PostgresStore.open(url)).close();
    await execRaw({ kind: 'postgres', location: url }, 'INSERT INTO schema_migrations VALUES (?, ?, now())', [
      LATEST_SCHEMA_VERSION + 1,
      'future',
    ]);
    await expect(PostgresStore.open(url)).rejects.toThrow(/newer than this linkwright/);
  });

  it('roll back a failing migration as a whole', async () => {
    const url = await database();
    await (await PostgresStore.open(url, { targetVersion: 1 })).close();
    // Make migration 2 fail half-way: one of its tables already exists.
    await execRaw({ kind: 'postgres', location: url }, 'CREATE TABLE holds (x integer)');
    await expect(PostgresStore.open(url)).rejects.toThrow(/holds/);
    expect(await query(url, 'SELECT MAX(version) AS v FROM schema_migrations')).toEqual([{ v: 1 }]);
    expect(await tables(url)).not.toContain('account_limits');
  });

  it('008 keeps a version-7 inbox sync as the standard inbox and lets the Sales Navigator one start apart', async () => {
    const url = await database();
    const v7 = await PostgresStore.open(url, { targetVersion: 7 });
    await v7.close();
    await execRaw(
      { kind: 'postgres', location: url },
      'INSERT INTO inbox_syncs (account, started_at, last_synced_at) VALUES (?, ?, ?)',
      ['alice', new Date(1000), new Date(2000)],
    );
    const latest = await PostgresStore.open(url);
    cleanups.push(() => latest.close());
    expect(await latest.getInboxSync('alice')).toEqual({
      startedAt: new Date(1000),
      lastSyncedAt: new Date(2000),
    });
    expect(await latest.getInboxSync('alice', 'nv')).toBeNull();
    expect((await latest.registerInboxSync('alice', new Date(3000), 'nv')).getTime()).toBe(3000);
    expect((await latest.getInboxSync('alice', 'st'))?.startedAt.getTime()).toBe(1000);
  });

  it('refuse a migration list with a version that has no PostgreSQL dialect, before applying anything', async () => {
    const url = await database();
    const pool = openPool(url);
    try {
      const list = [
        ...MIGRATIONS,
        { version: MIGRATIONS.length + 1, name: 'sqlite-only', sqlite: 'SELECT 1' },
      ];
      await expect(migratePostgres(pool, list, list.length, 'test')).rejects.toThrow(/no PostgreSQL dialect/);
      expect(await tables(url)).toEqual(['schema_migrations']);
    } finally {
      await pool.end();
    }
  });

  it('apply every migration once when several workers open a fresh database at once', async () => {
    const url = await database();
    const stores = await Promise.all(Array.from({ length: 6 }, () => PostgresStore.open(url)));
    await Promise.all(stores.map((s) => s.close()));
    expect(await query(url, 'SELECT version FROM schema_migrations ORDER BY version')).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version })),
    );
  });
});

describe('openStore and LINKWRIGHT_DATABASE_URL', () => {
  it('opens PostgreSQL when the variable is a postgres:// URL, SQLite when it is unset', async () => {
    const url = await database();
    const h = tempHome();
    cleanups.push(h.cleanup);
    vi.stubEnv('LINKWRIGHT_DATABASE_URL', url);
    const pgStore = openStore(h.home);
    expect(pgStore.kind).toBe('postgres');
    await pgStore.ensureAccount('alice', new Date());
    await pgStore.close();
    expect(await query(url, 'SELECT name FROM accounts')).toEqual([{ name: 'alice' }]);
    vi.stubEnv('LINKWRIGHT_DATABASE_URL', '');
    const sqlite = openStore(h.home);
    expect(sqlite.kind).toBe('sqlite');
    await sqlite.close();
  });

  it('refuses anything but a postgres URL, and never repeats a password', async () => {
    expect(() => databaseUrlFromEnv({ LINKWRIGHT_DATABASE_URL: 'mysql://u:hunter22@h/db' })).toThrow(
      /must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
    expect(() => databaseUrlFromEnv({ LINKWRIGHT_DATABASE_URL: 'mysql://u:hunter22@h/db' })).not.toThrow(
      /hunter22/,
    );
    expect(databaseUrlFromEnv({ LINKWRIGHT_DATABASE_URL: ' postgresql://h/db ' })).toBe('postgresql://h/db');
    expect(databaseUrlFromEnv({})).toBeUndefined();
    expect(redactDatabaseUrl('postgres://lw:s3cr%40t@db.internal:5432/linkwright?sslmode=require')).toBe(
      'postgres://lw:[REDACTED]@db.internal:5432/linkwright?sslmode=require',
    );
    expect(redactDatabaseUrl('postgres://db/linkwright?user=lw&password=s3cret')).toBe(
      'postgres://db/linkwright?user=lw&password=[REDACTED]',
    );
  });

  it('says which database it cannot open without the password', async () => {
    const admin = new URL((await database()).replace(/^postgres:/, 'http:'));
    // A wrong port on the cluster's socket directory: connecting fails.
    const bad = `postgres://lw:hunter22@localhost/nope?host=${encodeURIComponent(admin.searchParams.get('host') ?? '')}&port=1`;
    const err = await PostgresStore.open(bad).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/cannot open PostgreSQL store postgres:\/\/lw:\[REDACTED\]@localhost\/nope/);
    expect(err?.message).not.toContain('hunter22');
  });

  it('the real binary uses the database the variable names, and never prints its password', async () => {
    const url = await database();
    const h = tempHome();
    cleanups.push(h.cleanup);
    const bin = join(REPO_ROOT, 'bin', 'linkwright.js');
    const env = { ...process.env, LINKWRIGHT_HOME: h.home, LINKWRIGHT_LOG_LEVEL: 'silent' };
    const args = [
      'limits',
      'set',
      '--account',
      'alice',
      '--category',
      'stMessages',
      '--period',
      'daily',
      '--max',
      '7',
    ];
    await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: REPO_ROOT,
      env: { ...env, LINKWRIGHT_DATABASE_URL: url },
    });
    const store = await PostgresStore.open(url);
    expect(await store.listLimitOverrides('alice')).toEqual([
      { category: 'stMessages', period: 'daily', maxValue: 7, isEnabled: true },
    ]);
    await store.close();

    const bad = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: REPO_ROOT,
      env: { ...env, LINKWRIGHT_DATABASE_URL: 'postgres://lw:hunter22@localhost:1/nope?connect_timeout=5' },
    }).then(
      () => ({ code: 0, out: '' }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(bad.code).not.toBe(0);
    expect(bad.out).not.toContain('hunter22');
  });
});

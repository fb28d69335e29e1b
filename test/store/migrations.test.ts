import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, openStore } from '../../src/store/index.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { tempHome } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function home(): string {
  const h = tempHome();
  cleanups.push(h.cleanup);
  return h.home;
}

function tables(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('build the latest schema from an empty database, record each version, and reopen idempotently', async () => {
    const h = home();
    const store = openStore(h);
    expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    await store.close();
    const path = join(h, 'linkwright.db');
    expect(tables(path)).toEqual(
      expect.arrayContaining([
        'accounts',
        'workflows',
        'account_limits',
        'usage_reservations',
        'usage_units',
        'holds',
        'action_journal',
        'schema_migrations',
      ]),
    );
    const db = new Database(path, { readonly: true });
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    db.close();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    const again = openStore(h);
    expect(await again.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    await again.close();
  });

  it('upgrade a version-1 database with data in it, keeping the data', async () => {
    const h = home();
    const path = join(h, 'linkwright.db');
    const v1 = new SqliteStore(path, { targetVersion: 1 });
    expect(await v1.schemaVersion()).toBe(1);
    expect(tables(path)).not.toContain('action_journal');
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
    // Identity and parking are not written through the port (the session layer's account records hold
    // them today); fill the version-1 columns directly so the upgrade has them to keep.
    const raw = new Database(path);
    raw
      .prepare(
        `UPDATE accounts SET status = 'parked', parked_reason = ?, parked_message = ?, parked_at = ?,
         identity_json = ? WHERE name = ?`,
      )
      .run(
        'securityCheckpoint',
        'captcha',
        t0.getTime(),
        JSON.stringify({ locale: 'de-DE', timezone: 'Europe/Berlin' }),
        'alice',
      );
    raw.close();

    const latest = new SqliteStore(path);
    expect(await latest.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    // ensureAccount returns the existing row untouched.
    const alice = await latest.ensureAccount('alice', new Date('2026-03-03T10:00:00Z'));
    expect(alice).toMatchObject({
      name: 'alice',
      status: 'parked',
      parkedReason: 'securityCheckpoint',
      parkedMessage: 'captcha',
      identity: { locale: 'de-DE', timezone: 'Europe/Berlin' },
    });
    expect(alice?.parkedAt?.toISOString()).toBe(t0.toISOString());
    const wf = await latest.getWorkflow('wf-1');
    expect(wf).toMatchObject({
      status: 'completed',
      definitionHash: 'abc',
      completion: { actionType: 'st.openPersonPage', success: true },
    });
    // The new tables work on the upgraded database.
    await latest.upsertLimitOverrides(
      'alice',
      [{ category: 'stMessages', period: 'daily', maxValue: 5, isEnabled: true }],
      t0,
    );
    expect(await latest.listLimitOverrides('alice')).toHaveLength(1);
    await latest.close();
  });

  it('upgrade step by step (1 → 2 → latest)', async () => {
    const path = join(home(), 'linkwright.db');
    for (const target of [1, 2, LATEST_SCHEMA_VERSION]) {
      const s = new SqliteStore(path, { targetVersion: target });
      expect(await s.schemaVersion()).toBe(target);
      await s.close();
    }
  });

  it('refuse a database written by a newer linkwright', async () => {
    const path = join(home(), 'linkwright.db');
    const s = new SqliteStore(path);
    await s.close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      LATEST_SCHEMA_VERSION + 1,
      'future',
      Date.now(),
    );
    db.close();
    expect(() => new SqliteStore(path)).toThrow(/newer than this linkwright/);
  });

  it('roll back a failing migration as a whole', async () => {
    const path = join(home(), 'linkwright.db');
    const s = new SqliteStore(path, { targetVersion: 1 });
    await s.close();
    // Make migration 2 fail half-way: one of its tables already exists.
    const db = new Database(path);
    db.exec('CREATE TABLE holds (x INTEGER)');
    db.close();
    expect(() => new SqliteStore(path)).toThrow(/holds/);
    const check = new Database(path, { readonly: true });
    const version = (check.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number })
      .v;
    const hasLimits = check.prepare("SELECT name FROM sqlite_master WHERE name = 'account_limits'").get();
    check.close();
    expect(version).toBe(1);
    expect(hasLimits).toBeUndefined();
  });

  it('008 keeps a version-7 inbox sync as the standard inbox and lets the Sales Navigator one start apart', async () => {
    const path = join(home(), 'linkwright.db');
    const v7 = new SqliteStore(path, { targetVersion: 7 });
    await v7.close();
    const raw = new Database(path);
    raw
      .prepare('INSERT INTO inbox_syncs (account, started_at, last_synced_at) VALUES (?, ?, ?)')
      .run('alice', 1000, 2000);
    raw.close();
    const latest = new SqliteStore(path);
    expect(await latest.getInboxSync('alice')).toEqual({
      startedAt: new Date(1000),
      lastSyncedAt: new Date(2000),
    });
    expect(await latest.getInboxSync('alice', 'nv')).toBeNull();
    expect((await latest.registerInboxSync('alice', new Date(3000), 'nv')).getTime()).toBe(3000);
    expect((await latest.getInboxSync('alice', 'st'))?.startedAt.getTime()).toBe(1000);
    await latest.close();
  });

  it('create the database file with mode 0600 and use WAL', async () => {
    const h = home();
    const store = openStore(h);
    await store.ensureAccount('alice', new Date());
    const path = join(h, 'linkwright.db');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}-wal`).mode & 0o777).toBe(0o600);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await store.close();
  });
});

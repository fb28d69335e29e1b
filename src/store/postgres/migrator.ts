// The migration runner for PostgreSQL: the same list of migrations as SQLite (../migrations/), each
// applied in its own transaction with its schema_migrations row, under an advisory lock so several
// workers starting at once against a fresh database apply every migration exactly once.
import type { Migration } from '../migrations/migration.ts';
import { inTransaction, type Client, type Pool, type Queryable, type Row } from './connection.ts';

// One fixed advisory-lock key for schema changes ('lwmigr' in ASCII), distinct from account locks.
const MIGRATION_LOCK = 119260192532338;

/** Highest applied version; 0 for a database no migration has touched. */
export async function postgresSchemaVersion(db: Queryable): Promise<number> {
  const exists = await db.query<Row>("SELECT to_regclass('schema_migrations') AS t");
  if (exists.rows[0]?.t === null) return 0;
  const r = await db.query<Row>('SELECT MAX(version) AS v FROM schema_migrations');
  const v = r.rows[0]?.v;
  return v === null || v === undefined ? 0 : Number(v);
}

async function lockAndPrepare(c: Client): Promise<number> {
  await c.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
  await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`);
  return postgresSchemaVersion(c);
}

/**
 * Applies `migrations` (ordered by version) up to `target`. Refuses a database newer than the last
 * migration, and a list with a migration that has no PostgreSQL dialect yet (before applying any).
 * `label` names the database in errors (a URL without its password).
 */
export async function migratePostgres(
  pool: Pool,
  migrations: readonly Migration[],
  target: number,
  label: string,
): Promise<void> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = await inTransaction(pool, lockAndPrepare);
  if (current > latest) {
    throw new Error(
      `store: database ${label} has schema version ${current}, newer than this linkwright ` +
        `(${latest}); upgrade linkwright instead of opening it with an older one`,
    );
  }
  const wanted = migrations.filter((m) => m.version <= target && m.version > current);
  const missing = wanted.find((m) => m.postgres === undefined);
  if (missing) {
    throw new Error(
      `store: migration ${missing.version} (${missing.name}) has no PostgreSQL dialect; ` +
        'this linkwright cannot use a PostgreSQL store',
    );
  }
  for (const m of wanted) {
    // Re-checked under the lock: another worker may have applied it since our first read.
    await inTransaction(pool, async (c) => {
      if ((await lockAndPrepare(c)) >= m.version) return;
      await c.query(m.postgres ?? '');
      await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
        m.version,
        m.name,
      ]);
    });
  }
}

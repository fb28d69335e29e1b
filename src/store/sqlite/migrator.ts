// The migration runner: applies a list of migrations (plain data, see ../migrations/) to a SQLite
// database, one BEGIN IMMEDIATE transaction each, so several processes opening a fresh file at once
// apply every migration exactly once.
import type Database from 'better-sqlite3';
import type { Migration } from '../migrations/migration.ts';
import type { Row } from './rows.ts';

/** Highest applied version; 0 for a database no migration has touched. */
export function sqliteSchemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as Row | undefined;
  return row && row.v !== null && row.v !== undefined ? Number(row.v) : 0;
}

/**
 * Applies `migrations` (ordered by version) up to `target`. Refuses a database newer than the last
 * migration: an older linkwright must not write a schema it does not know. `path` only names the file
 * in that error.
 */
export function migrateSqlite(
  db: Database.Database,
  migrations: readonly Migration[],
  target: number,
  path: string,
): void {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const current = sqliteSchemaVersion(db);
  if (current > latest) {
    throw new Error(
      `store: database ${path} has schema version ${current}, newer than this linkwright ` +
        `(${latest}); upgrade linkwright instead of opening it with an older one`,
    );
  }
  for (const m of migrations) {
    if (m.version > target) break;
    // One transaction per migration, re-checked under the write lock: another process may have
    // applied it between our read and our lock.
    db.transaction(() => {
      if (sqliteSchemaVersion(db) >= m.version) return;
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
    }).immediate();
  }
}

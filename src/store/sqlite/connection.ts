// Opens the SQLite file every linkwright process of the machine shares: WAL so readers never block the
// writer, a busy timeout so writers queue instead of failing, FULL sync so a journal row written right
// before a click survives a crash of the machine too.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type DatabaseClass from 'better-sqlite3';

// Required, not imported: a CommonJS package on the start path (see src/browser/stealth-launcher.ts).
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof DatabaseClass;

const DB_FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** Creates the database file with mode 0600 before SQLite touches it; SQLite gives -wal/-shm the same mode. */
function prepareDbFile(path: string): void {
  if (path === ':memory:') return;
  mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
  if (!existsSync(path)) closeSync(openSync(path, 'a', DB_FILE_MODE));
  if ((statSync(path).mode & 0o777) !== DB_FILE_MODE) chmodSync(path, DB_FILE_MODE);
}

/** The connection with linkwright's pragmas set; closed again if setting them fails. */
export function openSqlite(path: string, busyTimeoutMs: number): DatabaseClass.Database {
  prepareDbFile(path);
  const db = new Database(path);
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

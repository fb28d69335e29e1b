// The store folder's public face: the port's types and `openStore`, which opens the configured adapter:
// PostgreSQL when LINKWRIGHT_DATABASE_URL is a postgres:// URL, else the embedded SQLite file.
import { join } from 'node:path';
import { linkwrightHome } from '../config/paths.ts';
import { isPostgresUrl, redactDatabaseUrl } from './postgres/connection.ts';
import { PostgresStore, type PostgresStoreOptions } from './postgres-store.ts';
import { SqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';
import type { Store } from './store.ts';

export * from './store.ts';
export { StaleFenceError, isStaleFenceError } from './stale-fence-error.ts';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';
export { PostgresStore, type PostgresStoreOptions } from './postgres-store.ts';
export { isPostgresUrl, redactDatabaseUrl } from './postgres/connection.ts';
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';

export const DB_FILE_NAME = 'linkwright.db';
export const DATABASE_URL_ENV = 'LINKWRIGHT_DATABASE_URL';

/** `LINKWRIGHT_HOME/linkwright.db`. */
export function defaultDbPath(home: string = linkwrightHome()): string {
  return join(home, DB_FILE_NAME);
}

/**
 * LINKWRIGHT_DATABASE_URL when set (trimmed), else undefined. Anything but a postgres:// or
 * postgresql:// URL is refused rather than silently falling back to SQLite (workers on several
 * machines would each count limits alone); the message never repeats a password.
 */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env[DATABASE_URL_ENV]?.trim();
  if (!url) return undefined;
  if (!isPostgresUrl(url)) {
    throw new Error(
      `${DATABASE_URL_ENV} must be a postgres:// or postgresql:// URL, got ${redactDatabaseUrl(url).slice(0, 80)}`,
    );
  }
  return url;
}

export interface OpenStoreOptions extends SqliteStoreOptions, PostgresStoreOptions {
  /** A postgres:// URL; default LINKWRIGHT_DATABASE_URL. Without one, the SQLite file under `home`. */
  databaseUrl?: string;
}

/**
 * Opens (creating and migrating as needed) the store: PostgreSQL when a database URL is given or set in
 * LINKWRIGHT_DATABASE_URL, else `LINKWRIGHT_HOME/linkwright.db`. Synchronous for both (PostgreSQL
 * connects and migrates before its first query); call `close()` when done. Every process of the
 * machine, or of the fleet for PostgreSQL, may open the same store at once.
 */
export function openStore(home: string = linkwrightHome(), opts: OpenStoreOptions = {}): Store {
  const { databaseUrl, poolSize, ...sqliteOpts } = opts;
  const url = databaseUrl ?? databaseUrlFromEnv();
  if (url !== undefined) {
    if (!isPostgresUrl(url))
      throw new Error(`store: not a postgres:// URL: ${redactDatabaseUrl(url).slice(0, 80)}`);
    return new PostgresStore(url, {
      ...(poolSize === undefined ? {} : { poolSize }),
      ...(opts.targetVersion === undefined ? {} : { targetVersion: opts.targetVersion }),
    });
  }
  return new SqliteStore(defaultDbPath(home), sqliteOpts);
}

// The store folder's public face: the port's types and `openStore`, which opens the default adapter.
import { join } from 'node:path';
import { linkwrightHome } from '../config/paths.ts';
import { SqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';

export * from './store.ts';
export { StaleFenceError, isStaleFenceError } from './stale-fence-error.ts';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';

export const DB_FILE_NAME = 'linkwright.db';

/** `LINKWRIGHT_HOME/linkwright.db`. */
export function defaultDbPath(home: string = linkwrightHome()): string {
  return join(home, DB_FILE_NAME);
}

/**
 * Opens (creating and migrating as needed) the store under LINKWRIGHT_HOME. Synchronous for SQLite;
 * call `close()` when done. Every process of the machine may open the same file at once.
 */
export function openStore(home: string = linkwrightHome(), opts: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(defaultDbPath(home), opts);
}

// The PostgreSQL connection pool every repository shares, transactions, and the per-account advisory
// lock that makes the ATOMIC methods one serialisable unit across processes and machines.
import { createRequire } from 'node:module';
import type pg from 'pg';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;
/** A pool (one statement, autocommit) or a client inside a transaction. */
export type Queryable = pg.Pool | pg.PoolClient;
/** A row as pg returns it: timestamptz as Date, jsonb parsed, bigint (COUNT) as a decimal string. */
export type Row = Record<string, unknown>;

export interface PostgresPoolOptions {
  /** Connections per process (default 5). */
  poolSize?: number;
}

/** `postgres://` or `postgresql://`: the URLs that select the PostgreSQL adapter. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url.trim());
}

/**
 * The URL without its password (`postgres://user:[REDACTED]@host/db`), for error messages. The store may
 * not import src/log; scrubText there masks the same pattern in any free text as a second line.
 */
export function redactDatabaseUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/?#\s]*@/i, '$1[REDACTED]@')
    .replace(/([?&]password=)[^&#\s]*/gi, '$1[REDACTED]');
}

/**
 * The `pg` package, loaded on the first pool: every process that uses the embedded SQLite store (each
 * `linkwright run` by default) would otherwise pay ≈ 30 ms of imports at start for a driver it never
 * calls (bench/README.md, cold start). `pg` is CommonJS, so a synchronous require keeps openStore sync.
 */
let pgModule: typeof pg | undefined;
function loadPg(): typeof pg {
  pgModule ??= createRequire(import.meta.url)('pg') as typeof pg;
  return pgModule;
}

export function openPool(url: string, opts: PostgresPoolOptions = {}): pg.Pool {
  const pool = new (loadPg().Pool)({ connectionString: url, max: opts.poolSize ?? 5 });
  // An idle connection the server drops (restart, failover) must not crash the process: the pool
  // discards it and the next query connects again.
  pool.on('error', () => {});
  return pool;
}

/**
 * Runs `fn` in one READ COMMITTED transaction on a dedicated connection: committed when it resolves,
 * rolled back when it throws. Statements after a lock see everything committed before the lock was
 * granted (each statement takes a fresh snapshot), which is what the lock-then-read methods rely on.
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: unknown;
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // A connection that cannot even roll back is not given back to the pool.
      broken = rollbackError;
    }
    throw e;
  } finally {
    client.release(broken instanceof Error ? broken : undefined);
  }
}

/**
 * Transaction-scoped advisory lock on the account: every ATOMIC method of one account queues behind
 * it, whichever process or machine runs it; released at COMMIT/ROLLBACK (a dead client's lock goes
 * with its connection).
 */
export async function lockAccount(c: pg.PoolClient, account: string): Promise<void> {
  await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`linkwright:account:${account}`]);
}

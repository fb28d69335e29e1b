// The fence check every fenced write runs inside its own BEGIN IMMEDIATE transaction: the account's
// lease must still carry the writer's fence and be held (not released).
import type Database from 'better-sqlite3';
import { StaleFenceError } from '../stale-fence-error.ts';
import type { LeaseFence } from '../store.ts';
import type { Row } from './rows.ts';

export function leaseCarries(db: Database.Database, fence: LeaseFence): boolean {
  const r = db.prepare('SELECT fence, holder FROM account_leases WHERE account = ?').get(fence.account) as
    Row | undefined;
  return r !== undefined && Number(r.fence) === fence.token && r.holder !== null;
}

/** Throws StaleFenceError unless the lease carries `fence` (no fence: an unleased run, e.g. `run`). */
export function assertFence(db: Database.Database, fence: LeaseFence | undefined): void {
  if (!fence || leaseCarries(db, fence)) return;
  const r = db.prepare('SELECT fence FROM account_leases WHERE account = ?').get(fence.account) as
    Row | undefined;
  throw new StaleFenceError(fence, r ? Number(r.fence) : null);
}

// The fence check every fenced write runs inside its own transaction: the account's lease row is locked
// (FOR SHARE: fenced writes of one account do not wait on each other, but a claim's FOR UPDATE waits for
// them and they wait for a claim), then it must still carry the writer's fence and be held.
import { StaleFenceError } from '../stale-fence-error.ts';
import type { LeaseFence } from '../store.ts';
import type { Queryable, Row } from './connection.ts';

/** Throws StaleFenceError unless the lease carries `fence` (no fence: an unleased run, e.g. `run`). */
export async function assertFence(c: Queryable, fence: LeaseFence | undefined): Promise<void> {
  if (!fence) return;
  const r = (
    await c.query<Row>('SELECT fence, holder FROM account_leases WHERE account = $1 FOR SHARE', [
      fence.account,
    ])
  ).rows[0];
  if (r && Number(r.fence) === fence.token && r.holder !== null) return;
  throw new StaleFenceError(fence, r ? Number(r.fence) : null);
}

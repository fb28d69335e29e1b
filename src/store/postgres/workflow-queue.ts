// The workflow queue and the account leases (PostgreSQL). Every decision that touches a lease (claim,
// settle, hand back) runs in one transaction under the account's advisory lock and then locks the
// account_leases row (FOR UPDATE) before reading it, so two workers on any machines never both claim an
// account, and a fenced journal write (FOR SHARE on the same row) is ordered before or after a takeover.
import type {
  AccountLease,
  Claim,
  ClaimRequest,
  LeaseFence,
  NewQueueEntry,
  QueueEntry,
  QueueSettlement,
  QueueStatus,
  WorkflowQueueRepository,
} from '../store.ts';
import { inTransaction, lockAccount, type Pool, type Queryable, type Row } from './connection.ts';
import { jsonParam, mustDate, str, toDate } from './rows.ts';

function mapEntry(r: Row): QueueEntry {
  return {
    id: String(r.id),
    seq: Number(r.seq),
    account: String(r.account),
    tokenId: str(r.token_id),
    definition: String(r.definition),
    status: String(r.status) as QueueStatus,
    pendingReason: str(r.pending_reason),
    message: str(r.message),
    notBefore: toDate(r.not_before),
    completion: r.completion_json === null || r.completion_json === undefined ? null : r.completion_json,
    failure: (r.failure_json as QueueEntry['failure'] | null | undefined) ?? null,
    cancelRequested: r.cancel_requested === true,
    cancelled: r.cancelled === true,
    attempts: Number(r.attempts),
    workerId: str(r.worker_id),
    fence: r.fence === null || r.fence === undefined ? null : Number(r.fence),
    createdAt: mustDate(r.created_at),
    startedAt: toDate(r.started_at),
    finishedAt: toDate(r.finished_at),
    updatedAt: mustDate(r.updated_at),
  };
}

function mapLease(r: Row): AccountLease {
  return {
    account: String(r.account),
    fence: Number(r.fence),
    holder: str(r.holder),
    workflowId: str(r.workflow_id),
    expiresAt: toDate(r.expires_at),
  };
}

async function entry(db: Queryable, id: string, lock = false): Promise<QueueEntry | null> {
  const r = await db.query<Row>(`SELECT * FROM workflow_queue WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [
    id,
  ]);
  return r.rows[0] ? mapEntry(r.rows[0]) : null;
}

async function lease(db: Queryable, account: string, lock = false): Promise<AccountLease | null> {
  const r = await db.query<Row>(
    `SELECT * FROM account_leases WHERE account = $1${lock ? ' FOR UPDATE' : ''}`,
    [account],
  );
  return r.rows[0] ? mapLease(r.rows[0]) : null;
}

function carries(l: AccountLease | null, fence: LeaseFence): boolean {
  return l !== null && l.fence === fence.token && l.holder !== null;
}

/** lockAccount's lock (same key), or false at once when another transaction holds it. */
async function tryLockAccount(c: Queryable, account: string): Promise<boolean> {
  const r = await c.query<Row>('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS ok', [
    `linkwright:account:${account}`,
  ]);
  return r.rows[0]?.ok === true;
}

async function releaseLease(db: Queryable, fence: LeaseFence): Promise<void> {
  await db.query(
    'UPDATE account_leases SET holder = NULL, workflow_id = NULL, expires_at = NULL WHERE account = $1',
    [fence.account],
  );
}

export class PostgresWorkflowQueue implements WorkflowQueueRepository {
  constructor(private readonly pool: Pool) {}

  async enqueueWorkflow(e: NewQueueEntry): Promise<QueueEntry> {
    const r = await this.pool.query<Row>(
      `INSERT INTO workflow_queue (id, account, token_id, definition, status, pending_reason, message,
         not_before, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, $8, $8)
       RETURNING *`,
      [
        e.id,
        e.account,
        e.tokenId,
        e.definition,
        e.pending?.pendingReason ?? 'queued',
        e.pending?.message ?? null,
        e.pending?.notBefore ?? null,
        e.now,
      ],
    );
    return mapEntry(r.rows[0] as Row);
  }

  async getQueued(id: string): Promise<QueueEntry | null> {
    return entry(this.pool, id);
  }

  async listQueued(filter: { account?: string; statuses?: QueueStatus[] } = {}): Promise<QueueEntry[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.account !== undefined) {
      args.push(filter.account);
      where.push(`account = $${args.length}`);
    }
    if (filter.statuses && filter.statuses.length > 0) {
      args.push(filter.statuses);
      where.push(`status = ANY($${args.length}::text[])`);
    }
    const sql = `SELECT * FROM workflow_queue ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`;
    return (await this.pool.query<Row>(sql, args)).rows.map(mapEntry);
  }

  async claimNextWorkflow(req: ClaimRequest): Promise<Claim | null> {
    return inTransaction(this.pool, async (c) => {
      const t = req.now;
      // The accounts with unfinished work, in the order of their oldest entry. Each is decided again
      // under its lock: this first read may be stale by the time the lock is granted.
      const accounts = (
        await c.query<Row>(
          `SELECT account, MIN(seq) AS head FROM workflow_queue WHERE status IN ('pending', 'running')
           GROUP BY account ORDER BY head`,
        )
      ).rows.map((r) => String(r.account));
      for (const account of accounts) {
        if (req.accounts && !req.accounts.includes(account)) continue;
        // Try, not wait: an account busy in another transaction is being decided (or written) there,
        // and waiting while holding earlier accounts' locks could deadlock with another claim.
        if (!(await tryLockAccount(c, account))) continue;
        const l = await lease(c, account, true);
        const leaseFree = !l || l.holder === null || (l.expiresAt !== null && l.expiresAt <= t);
        if (!leaseFree) continue;
        // Only the head of an account may start (submission order per account).
        const row = (
          await c.query<Row>(
            `SELECT * FROM workflow_queue WHERE account = $1 AND status IN ('pending', 'running')
             ORDER BY seq LIMIT 1 FOR UPDATE`,
            [account],
          )
        ).rows[0];
        if (!row) continue;
        const head = mapEntry(row);
        if (head.status === 'pending' && head.notBefore && head.notBefore > t) continue;
        const takenOver = head.status === 'running';
        const token = (l?.fence ?? 0) + 1;
        const expires = new Date(t.getTime() + req.leaseMs);
        await c.query(
          `INSERT INTO account_leases (account, fence, holder, workflow_id, expires_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (account) DO UPDATE SET fence = excluded.fence, holder = excluded.holder,
             workflow_id = excluded.workflow_id, expires_at = excluded.expires_at`,
          [account, token, req.workerId, head.id, expires],
        );
        // `now` was read before this transaction got the account: the previous workflow may have
        // settled in between with a later time. Its start is never recorded before that end (it began
        // after that settlement committed), so the records show the account's runs one after another.
        const r = await c.query<Row>(
          `UPDATE workflow_queue SET status = 'running', pending_reason = NULL, message = NULL, not_before = NULL,
             attempts = attempts + 1, worker_id = $1, fence = $2,
             started_at = COALESCE(started_at, GREATEST($3, (
               SELECT MAX(p.finished_at) FROM workflow_queue p
               WHERE p.status IN ('completed', 'failed') AND p.account = $5 AND p.seq < $6))),
             updated_at = $3
           WHERE id = $4 RETURNING *`,
          [req.workerId, token, t, head.id, account, head.seq],
        );
        return { entry: mapEntry(r.rows[0] as Row), fence: { account, token }, takenOver };
      }
      return null;
    });
  }

  async renewLease(fence: LeaseFence, now: Date, leaseMs: number): Promise<boolean> {
    // One statement: the row lock it takes orders it with a claim's FOR UPDATE.
    const r = await this.pool.query(
      `UPDATE account_leases SET expires_at = $1
       WHERE account = $2 AND fence = $3 AND holder IS NOT NULL`,
      [new Date(now.getTime() + leaseMs), fence.account, fence.token],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async settleQueued(id: string, fence: LeaseFence, result: QueueSettlement, now: Date): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      await lockAccount(c, fence.account);
      if (!carries(await lease(c, fence.account, true), fence)) return false;
      const e = await entry(c, id, true);
      if (!e || e.status !== 'running' || e.fence !== fence.token) return false;
      await c.query(
        `UPDATE workflow_queue SET status = $1, completion_json = $2::jsonb, failure_json = $3::jsonb,
           cancelled = $4, finished_at = $5, updated_at = $5 WHERE id = $6`,
        [
          result.status,
          jsonParam(result.completion),
          result.status === 'failed' ? jsonParam(result.failure) : null,
          result.status === 'failed' && result.cancelled === true,
          now,
          id,
        ],
      );
      await releaseLease(c, fence);
      return true;
    });
  }

  async requeueWorkflow(
    id: string,
    fence: LeaseFence,
    pending: { pendingReason: string; message: string | null; notBefore: Date | null },
    now: Date,
  ): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      await lockAccount(c, fence.account);
      if (!carries(await lease(c, fence.account, true), fence)) return false;
      const e = await entry(c, id, true);
      if (!e || e.status !== 'running' || e.fence !== fence.token) return false;
      await c.query(
        `UPDATE workflow_queue SET status = 'pending', pending_reason = $1, message = $2, not_before = $3,
           worker_id = NULL, updated_at = $4 WHERE id = $5`,
        [pending.pendingReason, pending.message, pending.notBefore, now, id],
      );
      await releaseLease(c, fence);
      return true;
    });
  }

  async cancelQueued(id: string, now: Date): Promise<'removed' | 'requested' | 'final' | null> {
    return inTransaction(this.pool, async (c) => {
      const first = await entry(c, id);
      if (!first) return null;
      // Under the account's lock, so a claim does not start it between the read and the write.
      await lockAccount(c, first.account);
      const e = await entry(c, id, true);
      if (!e) return null;
      if (e.status === 'pending') {
        await c.query(
          `UPDATE workflow_queue SET status = 'failed', cancelled = true, pending_reason = NULL,
             failure_json = $1::jsonb, finished_at = $2, updated_at = $2 WHERE id = $3`,
          [
            jsonParam({
              reason: 'workflowCancelled',
              message: 'the workflow was cancelled before it started',
            }),
            now,
            id,
          ],
        );
        return 'removed';
      }
      if (e.status === 'running') {
        await c.query('UPDATE workflow_queue SET cancel_requested = true, updated_at = $1 WHERE id = $2', [
          now,
          id,
        ]);
        return 'requested';
      }
      return 'final';
    });
  }

  async getLease(account: string): Promise<AccountLease | null> {
    return lease(this.pool, account);
  }
}

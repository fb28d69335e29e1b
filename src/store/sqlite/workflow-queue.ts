// The workflow queue and the account leases (SQLite). Every decision (claim, renew, settle, hand back,
// cancel) reads and writes under BEGIN IMMEDIATE, so two worker processes on the same file never both
// claim an account: the write lock is taken before the lease is read.
import type Database from 'better-sqlite3';
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
import { leaseCarries } from './lease-fence.ts';
import { mustDate, parseJson, str, toDate, type Row } from './rows.ts';

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
    completion:
      r.completion_json === null || r.completion_json === undefined ? null : parseJson(r.completion_json),
    failure: (parseJson(r.failure_json) as QueueEntry['failure']) ?? null,
    cancelRequested: Number(r.cancel_requested) === 1,
    cancelled: Number(r.cancelled) === 1,
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

export class SqliteWorkflowQueue implements WorkflowQueueRepository {
  constructor(private readonly db: Database.Database) {}

  private entry(id: string): QueueEntry | null {
    const r = this.db.prepare('SELECT * FROM workflow_queue WHERE id = ?').get(id) as Row | undefined;
    return r ? mapEntry(r) : null;
  }

  private lease(account: string): AccountLease | null {
    const r = this.db.prepare('SELECT * FROM account_leases WHERE account = ?').get(account) as
      Row | undefined;
    return r ? mapLease(r) : null;
  }

  async enqueueWorkflow(e: NewQueueEntry): Promise<QueueEntry> {
    const tx = this.db.transaction((): QueueEntry => {
      const t = e.now.getTime();
      const next = this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM workflow_queue').get() as Row;
      this.db
        .prepare(
          `INSERT INTO workflow_queue (id, seq, account, token_id, definition, status, pending_reason, message,
             not_before, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)`,
        )
        .run(
          e.id,
          Number(next.s),
          e.account,
          e.tokenId,
          e.definition,
          e.pending?.pendingReason ?? 'queued',
          e.pending?.message ?? null,
          e.pending?.notBefore?.getTime() ?? null,
          t,
          t,
        );
      return this.entry(e.id) as QueueEntry;
    });
    return tx.immediate();
  }

  async getQueued(id: string): Promise<QueueEntry | null> {
    return this.entry(id);
  }

  async listQueued(filter: { account?: string; statuses?: QueueStatus[] } = {}): Promise<QueueEntry[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.account !== undefined) {
      where.push('account = ?');
      args.push(filter.account);
    }
    if (filter.statuses && filter.statuses.length > 0) {
      where.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
      args.push(...filter.statuses);
    }
    const sql = `SELECT * FROM workflow_queue ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`;
    return (this.db.prepare(sql).all(...args) as Row[]).map(mapEntry);
  }

  async claimNextWorkflow(req: ClaimRequest): Promise<Claim | null> {
    const tx = this.db.transaction((): Claim | null => {
      const t = req.now.getTime();
      // Each account's oldest unfinished entry, oldest first: only the head of an account may start.
      const heads = this.db
        .prepare(
          `SELECT q.* FROM workflow_queue q
           WHERE q.status IN ('pending', 'running')
             AND q.seq = (SELECT MIN(h.seq) FROM workflow_queue h
                          WHERE h.account = q.account AND h.status IN ('pending', 'running'))
           ORDER BY q.seq`,
        )
        .all() as Row[];
      for (const row of heads) {
        const head = mapEntry(row);
        if (req.accounts && !req.accounts.includes(head.account)) continue;
        const lease = this.lease(head.account);
        const leaseFree =
          !lease || lease.holder === null || (lease.expiresAt !== null && lease.expiresAt.getTime() <= t);
        if (!leaseFree) continue;
        if (head.status === 'pending' && head.notBefore && head.notBefore.getTime() > t) continue;
        const takenOver = head.status === 'running';
        const token = (lease?.fence ?? 0) + 1;
        this.db
          .prepare(
            `INSERT INTO account_leases (account, fence, holder, workflow_id, expires_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (account) DO UPDATE SET fence = excluded.fence, holder = excluded.holder,
               workflow_id = excluded.workflow_id, expires_at = excluded.expires_at`,
          )
          .run(head.account, token, req.workerId, head.id, t + req.leaseMs);
        // `now` was read before this transaction got the write lock: the previous workflow may have
        // settled in between with a later time. Its start is never recorded before that end (it began
        // after that settlement committed), so the records show the account's runs one after another.
        this.db
          .prepare(
            `UPDATE workflow_queue SET status = 'running', pending_reason = NULL, message = NULL, not_before = NULL,
               attempts = attempts + 1, worker_id = ?, fence = ?,
               started_at = COALESCE(started_at, MAX(?, COALESCE((
                 SELECT MAX(p.finished_at) FROM workflow_queue p
                 WHERE p.status IN ('completed', 'failed') AND p.account = ? AND p.seq < ?), 0))),
               updated_at = ?
             WHERE id = ?`,
          )
          .run(req.workerId, token, t, head.account, head.seq, t, head.id);
        return {
          entry: this.entry(head.id) as QueueEntry,
          fence: { account: head.account, token },
          takenOver,
        };
      }
      return null;
    });
    return tx.immediate();
  }

  async renewLease(fence: LeaseFence, now: Date, leaseMs: number): Promise<boolean> {
    const tx = this.db.transaction((): boolean => {
      if (!leaseCarries(this.db, fence)) return false;
      this.db
        .prepare('UPDATE account_leases SET expires_at = ? WHERE account = ?')
        .run(now.getTime() + leaseMs, fence.account);
      return true;
    });
    return tx.immediate();
  }

  private releaseLease(fence: LeaseFence): void {
    this.db
      .prepare(
        'UPDATE account_leases SET holder = NULL, workflow_id = NULL, expires_at = NULL WHERE account = ?',
      )
      .run(fence.account);
  }

  async settleQueued(id: string, fence: LeaseFence, result: QueueSettlement, now: Date): Promise<boolean> {
    const tx = this.db.transaction((): boolean => {
      const e = this.entry(id);
      if (!e || e.status !== 'running' || e.fence !== fence.token || !leaseCarries(this.db, fence))
        return false;
      const t = now.getTime();
      this.db
        .prepare(
          `UPDATE workflow_queue SET status = ?, completion_json = ?, failure_json = ?, cancelled = ?,
             finished_at = ?, updated_at = ? WHERE id = ?`,
        )
        .run(
          result.status,
          result.completion === undefined || result.completion === null
            ? null
            : JSON.stringify(result.completion),
          result.status === 'failed' ? JSON.stringify(result.failure) : null,
          result.status === 'failed' && result.cancelled ? 1 : 0,
          t,
          t,
          id,
        );
      this.releaseLease(fence);
      return true;
    });
    return tx.immediate();
  }

  async requeueWorkflow(
    id: string,
    fence: LeaseFence,
    pending: { pendingReason: string; message: string | null; notBefore: Date | null },
    now: Date,
  ): Promise<boolean> {
    const tx = this.db.transaction((): boolean => {
      const e = this.entry(id);
      if (!e || e.status !== 'running' || e.fence !== fence.token || !leaseCarries(this.db, fence))
        return false;
      const t = now.getTime();
      this.db
        .prepare(
          `UPDATE workflow_queue SET status = 'pending', pending_reason = ?, message = ?, not_before = ?,
             worker_id = NULL, updated_at = ? WHERE id = ?`,
        )
        .run(pending.pendingReason, pending.message, pending.notBefore?.getTime() ?? null, t, id);
      this.releaseLease(fence);
      return true;
    });
    return tx.immediate();
  }

  async cancelQueued(id: string, now: Date): Promise<'removed' | 'requested' | 'final' | null> {
    const tx = this.db.transaction((): 'removed' | 'requested' | 'final' | null => {
      const e = this.entry(id);
      if (!e) return null;
      const t = now.getTime();
      if (e.status === 'pending') {
        this.db
          .prepare(
            `UPDATE workflow_queue SET status = 'failed', cancelled = 1, pending_reason = NULL, failure_json = ?,
               finished_at = ?, updated_at = ? WHERE id = ?`,
          )
          .run(
            JSON.stringify({
              reason: 'workflowCancelled',
              message: 'the workflow was cancelled before it started',
            }),
            t,
            t,
            id,
          );
        return 'removed';
      }
      if (e.status === 'running') {
        this.db
          .prepare('UPDATE workflow_queue SET cancel_requested = 1, updated_at = ? WHERE id = ?')
          .run(t, id);
        return 'requested';
      }
      return 'final';
    });
    return tx.immediate();
  }

  async getLease(account: string): Promise<AccountLease | null> {
    return this.lease(account);
  }
}

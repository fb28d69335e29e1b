// The action journal (SQLite): one row per (key id, cycle). Begin and mark read, decide and write
// under BEGIN IMMEDIATE so two processes never both continue the same entry; a fenced write first checks
// that the account's lease still carries its fence (a worker that lost the lease writes nothing).
import type Database from 'better-sqlite3';
import type {
  JournalBeginRequest,
  JournalRepository,
  JournalRow,
  JournalState,
  JournalTransition,
  LeaseFence,
} from '../store.ts';
import { assertFence } from './lease-fence.ts';
import { mustDate, str, toDate, type Row } from './rows.ts';

function mapJournal(r: Row): JournalRow {
  return {
    id: String(r.id),
    cycle: Number(r.cycle),
    account: String(r.account),
    actionType: String(r.action_type),
    target: str(r.target),
    paramsHash: String(r.params_hash),
    state: String(r.state) as JournalState,
    outcome: str(r.outcome),
    attempts: Number(r.attempts),
    runId: str(r.run_id),
    createdAt: mustDate(r.created_at),
    attemptedAt: toDate(r.attempted_at),
    verifiedAt: toDate(r.verified_at),
    outcomeAt: toDate(r.outcome_at),
    updatedAt: mustDate(r.updated_at),
    settledAt: toDate(r.settled_at),
  };
}

export class SqliteJournal implements JournalRepository {
  constructor(private readonly db: Database.Database) {}

  private row(id: string, cycle: number): JournalRow {
    const r = this.db.prepare('SELECT * FROM action_journal WHERE id = ? AND cycle = ?').get(id, cycle) as
      Row | undefined;
    if (!r) throw new Error(`store: journal entry ${id}/${cycle} not found`);
    return mapJournal(r);
  }

  async journalBegin(req: JournalBeginRequest): Promise<JournalRow> {
    const tx = this.db.transaction((): JournalRow => {
      assertFence(this.db, req.fence);
      const latest = this.db
        .prepare('SELECT * FROM action_journal WHERE id = ? ORDER BY cycle DESC LIMIT 1')
        .get(req.id) as Row | undefined;
      const t = req.now.getTime();
      let cycle = 1;
      if (latest) {
        const row = mapJournal(latest);
        const open = row.state === 'planned' || row.state === 'attempted';
        const resumable =
          row.state === 'verified' &&
          row.settledAt === null &&
          row.verifiedAt !== null &&
          t - row.verifiedAt.getTime() <= req.resumeWindowMs;
        if (open || resumable) {
          this.db
            .prepare('UPDATE action_journal SET run_id = ?, updated_at = ? WHERE id = ? AND cycle = ?')
            .run(req.runId, t, row.id, row.cycle);
          return this.row(row.id, row.cycle);
        }
        cycle = row.cycle + 1;
      }
      this.db
        .prepare(
          `INSERT INTO action_journal
             (id, cycle, account, action_type, target, params_hash, state, attempts, run_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'planned', 0, ?, ?, ?)`,
        )
        .run(req.id, cycle, req.account, req.actionType, req.target, req.paramsHash, req.runId, t, t);
      return this.row(req.id, cycle);
    });
    return tx.immediate();
  }

  async journalGet(id: string): Promise<JournalRow | null> {
    const r = this.db
      .prepare('SELECT * FROM action_journal WHERE id = ? ORDER BY cycle DESC LIMIT 1')
      .get(id) as Row | undefined;
    return r ? mapJournal(r) : null;
  }

  async journalMark(
    id: string,
    cycle: number,
    transition: JournalTransition,
    now: Date,
    fence?: LeaseFence,
  ): Promise<JournalRow> {
    const tx = this.db.transaction((): JournalRow => {
      assertFence(this.db, fence);
      const row = this.row(id, cycle);
      const t = now.getTime();
      if (row.state === 'verified' || row.state === 'outcome') {
        throw new Error(
          `journal: entry ${id}/${cycle} is final (${row.state}); cannot move to ${transition.to}`,
        );
      }
      if (transition.to === 'attempted') {
        this.db
          .prepare(
            `UPDATE action_journal SET state = 'attempted', attempts = attempts + 1, attempted_at = ?, updated_at = ?
             WHERE id = ? AND cycle = ?`,
          )
          .run(t, t, id, cycle);
      } else if (transition.to === 'verified') {
        if (row.state !== 'attempted') {
          throw new Error(`journal: entry ${id}/${cycle} cannot be verified before it was attempted`);
        }
        this.db
          .prepare(
            `UPDATE action_journal SET state = 'verified', outcome = ?, verified_at = ?, updated_at = ?
             WHERE id = ? AND cycle = ?`,
          )
          .run(transition.outcome ?? null, t, t, id, cycle);
      } else {
        this.db
          .prepare(
            `UPDATE action_journal SET state = 'outcome', outcome = ?, outcome_at = ?, updated_at = ?
             WHERE id = ? AND cycle = ?`,
          )
          .run(transition.outcome, t, t, id, cycle);
      }
      return this.row(id, cycle);
    });
    return tx.immediate();
  }

  async journalSettleRun(runId: string, now: Date, fence?: LeaseFence): Promise<number> {
    const tx = this.db.transaction((): number => {
      assertFence(this.db, fence);
      return this.db
        .prepare(
          `UPDATE action_journal SET settled_at = ? WHERE run_id = ? AND settled_at IS NULL
           AND state IN ('verified', 'outcome')`,
        )
        .run(now.getTime(), runId).changes;
    });
    return tx.immediate();
  }

  async journalList(filter: { account?: string; runId?: string }): Promise<JournalRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.account !== undefined) {
      where.push('account = ?');
      args.push(filter.account);
    }
    if (filter.runId !== undefined) {
      where.push('run_id = ?');
      args.push(filter.runId);
    }
    const sql = `SELECT * FROM action_journal ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY created_at, id, cycle`;
    return (this.db.prepare(sql).all(...args) as Row[]).map(mapJournal);
  }
}

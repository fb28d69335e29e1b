// The action journal (PostgreSQL): one row per (key id, cycle). journalBegin runs under the account's
// advisory lock and row-locks the latest cycle; journalMark row-locks its cycle before deciding, so two
// workers (on any machines) never both continue or both move the same entry. A fenced write first checks,
// in the same transaction, that the account's lease still carries its fence (postgres/lease-fence.ts).
import type {
  JournalBeginRequest,
  JournalRepository,
  JournalRow,
  JournalState,
  JournalTransition,
  LeaseFence,
} from '../store.ts';
import { inTransaction, lockAccount, type Pool, type Queryable, type Row } from './connection.ts';
import { assertFence } from './lease-fence.ts';
import { mustDate, str, toDate } from './rows.ts';

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

async function lockedRow(db: Queryable, id: string, cycle: number): Promise<JournalRow> {
  const r = await db.query<Row>('SELECT * FROM action_journal WHERE id = $1 AND cycle = $2 FOR UPDATE', [
    id,
    cycle,
  ]);
  const row = r.rows[0];
  if (!row) throw new Error(`store: journal entry ${id}/${cycle} not found`);
  return mapJournal(row);
}

export class PostgresJournal implements JournalRepository {
  constructor(private readonly pool: Pool) {}

  async journalBegin(req: JournalBeginRequest): Promise<JournalRow> {
    return inTransaction(this.pool, async (c) => {
      await lockAccount(c, req.account);
      await assertFence(c, req.fence);
      const latest = (
        await c.query<Row>(
          'SELECT * FROM action_journal WHERE id = $1 ORDER BY cycle DESC LIMIT 1 FOR UPDATE',
          [req.id],
        )
      ).rows[0];
      const t = req.now;
      let cycle = 1;
      if (latest) {
        const row = mapJournal(latest);
        const open = row.state === 'planned' || row.state === 'attempted';
        const resumable =
          row.state === 'verified' &&
          row.settledAt === null &&
          row.verifiedAt !== null &&
          t.getTime() - row.verifiedAt.getTime() <= req.resumeWindowMs;
        if (open || resumable) {
          const r = await c.query<Row>(
            'UPDATE action_journal SET run_id = $1, updated_at = $2 WHERE id = $3 AND cycle = $4 RETURNING *',
            [req.runId, t, row.id, row.cycle],
          );
          return mapJournal(r.rows[0] as Row);
        }
        cycle = row.cycle + 1;
      }
      const r = await c.query<Row>(
        `INSERT INTO action_journal
           (id, cycle, account, action_type, target, params_hash, state, attempts, run_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'planned', 0, $7, $8, $8)
         RETURNING *`,
        [req.id, cycle, req.account, req.actionType, req.target, req.paramsHash, req.runId, t],
      );
      return mapJournal(r.rows[0] as Row);
    });
  }

  async journalGet(id: string): Promise<JournalRow | null> {
    const r = await this.pool.query<Row>(
      'SELECT * FROM action_journal WHERE id = $1 ORDER BY cycle DESC LIMIT 1',
      [id],
    );
    return r.rows[0] ? mapJournal(r.rows[0]) : null;
  }

  async journalMark(
    id: string,
    cycle: number,
    transition: JournalTransition,
    now: Date,
    fence?: LeaseFence,
  ): Promise<JournalRow> {
    return inTransaction(this.pool, async (c) => {
      await assertFence(c, fence);
      const row = await lockedRow(c, id, cycle);
      if (row.state === 'verified' || row.state === 'outcome') {
        throw new Error(
          `journal: entry ${id}/${cycle} is final (${row.state}); cannot move to ${transition.to}`,
        );
      }
      let r;
      if (transition.to === 'attempted') {
        r = await c.query<Row>(
          `UPDATE action_journal SET state = 'attempted', attempts = attempts + 1, attempted_at = $1, updated_at = $1
           WHERE id = $2 AND cycle = $3 RETURNING *`,
          [now, id, cycle],
        );
      } else if (transition.to === 'verified') {
        if (row.state !== 'attempted') {
          throw new Error(`journal: entry ${id}/${cycle} cannot be verified before it was attempted`);
        }
        r = await c.query<Row>(
          `UPDATE action_journal SET state = 'verified', outcome = $1, verified_at = $2, updated_at = $2
           WHERE id = $3 AND cycle = $4 RETURNING *`,
          [transition.outcome ?? null, now, id, cycle],
        );
      } else {
        r = await c.query<Row>(
          `UPDATE action_journal SET state = 'outcome', outcome = $1, outcome_at = $2, updated_at = $2
           WHERE id = $3 AND cycle = $4 RETURNING *`,
          [transition.outcome, now, id, cycle],
        );
      }
      return mapJournal(r.rows[0] as Row);
    });
  }

  async journalSettleRun(runId: string, now: Date, fence?: LeaseFence): Promise<number> {
    return inTransaction(this.pool, async (c) => {
      await assertFence(c, fence);
      const r = await c.query(
        `UPDATE action_journal SET settled_at = $1 WHERE run_id = $2 AND settled_at IS NULL
         AND state IN ('verified', 'outcome')`,
        [now, runId],
      );
      return r.rowCount ?? 0;
    });
  }

  async journalList(filter: { account?: string; runId?: string }): Promise<JournalRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.account !== undefined) {
      args.push(filter.account);
      where.push(`account = $${args.length}`);
    }
    if (filter.runId !== undefined) {
      args.push(filter.runId);
      where.push(`run_id = $${args.length}`);
    }
    const sql = `SELECT * FROM action_journal ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY created_at, id COLLATE "C", cycle`;
    return (await this.pool.query<Row>(sql, args)).rows.map(mapJournal);
  }
}

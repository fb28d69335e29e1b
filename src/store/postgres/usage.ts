// Usage reservations and their units (PostgreSQL). A reservation checks every limit and takes its
// units in one transaction holding the account's advisory lock, so processes on several machines racing
// for the last unit cannot both pass (test/store/limit-race.test.ts runs against both adapters).
import { randomUUID } from 'node:crypto';
import type {
  ReservationRecord,
  ReservationState,
  ReserveUsageRequest,
  ReserveUsageResult,
  UsageRepository,
  UsageWindow,
} from '../store.ts';
import { inTransaction, lockAccount, type Pool, type Queryable, type Row } from './connection.ts';
import { jsonParam, mustDate, str, toDate } from './rows.ts';

const COUNT_UNITS = 'SELECT COUNT(*) AS n FROM usage_units WHERE account = $1 AND category = $2 AND at >= $3';

function mapReservation(r: Row): ReservationRecord {
  return {
    id: String(r.id),
    account: String(r.account),
    key: str(r.key),
    runId: String(r.run_id),
    categories: r.categories as string[],
    state: String(r.state) as ReservationState,
    ownerPid: Number(r.owner_pid),
    ownerHost: String(r.owner_host),
    createdAt: mustDate(r.created_at),
    settledAt: toDate(r.settled_at),
  };
}

async function countUnits(db: Queryable, account: string, category: string, since: Date): Promise<number> {
  const r = await db.query<Row>(COUNT_UNITS, [account, category, since]);
  return Number(r.rows[0]?.n ?? 0);
}

export class PostgresUsage implements UsageRepository {
  constructor(private readonly pool: Pool) {}

  async reserveUsage(req: ReserveUsageRequest): Promise<ReserveUsageResult> {
    return inTransaction(this.pool, async (c): Promise<ReserveUsageResult> => {
      // Taken before any read: the count below sees every unit committed by earlier holders.
      await lockAccount(c, req.account);
      if (req.adopt) {
        const r = await c.query<Row>(
          `UPDATE usage_reservations SET run_id = $1, owner_pid = $2, owner_host = $3
           WHERE id = $4 AND state = 'reserved' AND account = $5 AND owner_pid = $6 AND owner_host = $7
           RETURNING *`,
          [
            req.runId,
            req.owner.pid,
            req.owner.host,
            req.adopt.id,
            req.account,
            req.adopt.ownerPid,
            req.adopt.ownerHost,
          ],
        );
        const adopted = r.rows[0];
        if (adopted) return { ok: true, reservation: mapReservation(adopted), adopted: true };
      }
      for (const check of req.checks) {
        const n = await countUnits(c, req.account, check.category, check.since);
        if (n + 1 > check.maxValue) {
          return {
            ok: false,
            exceeded: {
              category: check.category,
              period: check.period,
              maxValue: check.maxValue,
              currentUsage: n,
            },
          };
        }
      }
      const id = randomUUID();
      const categories = [...new Set(req.categories)];
      const r = await c.query<Row>(
        `INSERT INTO usage_reservations
           (id, account, key, run_id, categories, state, owner_pid, owner_host, created_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, 'reserved', $6, $7, $8)
         RETURNING *`,
        [id, req.account, req.key, req.runId, jsonParam(categories), req.owner.pid, req.owner.host, req.now],
      );
      for (const category of categories) {
        await c.query(
          'INSERT INTO usage_units (reservation_id, account, category, at) VALUES ($1, $2, $3, $4)',
          [id, req.account, category, req.now],
        );
      }
      return { ok: true, reservation: mapReservation(r.rows[0] as Row), adopted: false };
    });
  }

  async findOpenReservations(account: string, key: string): Promise<ReservationRecord[]> {
    const r = await this.pool.query<Row>(
      `SELECT * FROM usage_reservations WHERE account = $1 AND key = $2 AND state = 'reserved'
       ORDER BY created_at`,
      [account, key],
    );
    return r.rows.map(mapReservation);
  }

  async commitUsage(reservationId: string, now: Date): Promise<boolean> {
    const r = await this.pool.query(
      `UPDATE usage_reservations SET state = 'committed', settled_at = $1 WHERE id = $2 AND state = 'reserved'`,
      [now, reservationId],
    );
    return r.rowCount === 1;
  }

  async releaseUsage(reservationId: string, now: Date): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const r = await c.query(
        `UPDATE usage_reservations SET state = 'released', settled_at = $1 WHERE id = $2 AND state = 'reserved'`,
        [now, reservationId],
      );
      if (r.rowCount !== 1) return false;
      await c.query('DELETE FROM usage_units WHERE reservation_id = $1', [reservationId]);
      return true;
    });
  }

  async countUsage(account: string, windows: UsageWindow[]): Promise<number[]> {
    // One REPEATABLE READ transaction: every window sees the same snapshot.
    return inTransaction(this.pool, async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const out: number[] = [];
      for (const w of windows) out.push(await countUnits(c, account, w.category, w.since));
      return out;
    });
  }

  async pruneUsage(before: Date): Promise<number> {
    return (await this.pool.query('DELETE FROM usage_units WHERE at < $1', [before])).rowCount ?? 0;
  }
}

// Usage reservations and their units (SQLite). A reservation takes one unit per category; the check
// of every limit and the taking of the units run under one BEGIN IMMEDIATE, so two processes racing
// for the last unit cannot both pass (test/store/limit-race.test.ts).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type {
  ReservationRecord,
  ReservationState,
  ReserveUsageRequest,
  ReserveUsageResult,
  UsageRepository,
  UsageWindow,
} from '../store.ts';
import { mustDate, str, toDate, type Row } from './rows.ts';

const COUNT_UNITS = 'SELECT COUNT(*) AS n FROM usage_units WHERE account = ? AND category = ? AND at >= ?';

function mapReservation(r: Row): ReservationRecord {
  return {
    id: String(r.id),
    account: String(r.account),
    key: str(r.key),
    runId: String(r.run_id),
    categories: JSON.parse(String(r.categories)) as string[],
    state: String(r.state) as ReservationState,
    ownerPid: Number(r.owner_pid),
    ownerHost: String(r.owner_host),
    createdAt: mustDate(r.created_at),
    settledAt: toDate(r.settled_at),
  };
}

export class SqliteUsage implements UsageRepository {
  constructor(private readonly db: Database.Database) {}

  async reserveUsage(req: ReserveUsageRequest): Promise<ReserveUsageResult> {
    const getRes = this.db.prepare('SELECT * FROM usage_reservations WHERE id = ?');
    const count = this.db.prepare(COUNT_UNITS);
    const tx = this.db.transaction((): ReserveUsageResult => {
      if (req.adopt) {
        const r = getRes.get(req.adopt.id) as Row | undefined;
        if (
          r &&
          r.state === 'reserved' &&
          r.account === req.account &&
          Number(r.owner_pid) === req.adopt.ownerPid &&
          r.owner_host === req.adopt.ownerHost
        ) {
          this.db
            .prepare(
              `UPDATE usage_reservations SET run_id = ?, owner_pid = ?, owner_host = ?
               WHERE id = ? AND state = 'reserved'`,
            )
            .run(req.runId, req.owner.pid, req.owner.host, req.adopt.id);
          return { ok: true, reservation: mapReservation(getRes.get(req.adopt.id) as Row), adopted: true };
        }
      }
      for (const c of req.checks) {
        const n = Number((count.get(req.account, c.category, c.since.getTime()) as Row).n);
        if (n + 1 > c.maxValue) {
          return {
            ok: false,
            exceeded: { category: c.category, period: c.period, maxValue: c.maxValue, currentUsage: n },
          };
        }
      }
      const id = randomUUID();
      const categories = [...new Set(req.categories)];
      const t = req.now.getTime();
      this.db
        .prepare(
          `INSERT INTO usage_reservations
             (id, account, key, run_id, categories, state, owner_pid, owner_host, created_at)
           VALUES (?, ?, ?, ?, ?, 'reserved', ?, ?, ?)`,
        )
        .run(
          id,
          req.account,
          req.key,
          req.runId,
          JSON.stringify(categories),
          req.owner.pid,
          req.owner.host,
          t,
        );
      const unit = this.db.prepare(
        'INSERT INTO usage_units (reservation_id, account, category, at) VALUES (?, ?, ?, ?)',
      );
      for (const c of categories) unit.run(id, req.account, c, t);
      return { ok: true, reservation: mapReservation(getRes.get(id) as Row), adopted: false };
    });
    return tx.immediate();
  }

  async findOpenReservations(account: string, key: string): Promise<ReservationRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM usage_reservations WHERE account = ? AND key = ? AND state = 'reserved'
         ORDER BY created_at`,
      )
      .all(account, key) as Row[];
    return rows.map(mapReservation);
  }

  async commitUsage(reservationId: string, now: Date): Promise<boolean> {
    return (
      this.db
        .prepare(
          `UPDATE usage_reservations SET state = 'committed', settled_at = ? WHERE id = ? AND state = 'reserved'`,
        )
        .run(now.getTime(), reservationId).changes === 1
    );
  }

  async releaseUsage(reservationId: string, now: Date): Promise<boolean> {
    const tx = this.db.transaction(() => {
      const changed = this.db
        .prepare(
          `UPDATE usage_reservations SET state = 'released', settled_at = ? WHERE id = ? AND state = 'reserved'`,
        )
        .run(now.getTime(), reservationId).changes;
      if (changed === 1)
        this.db.prepare('DELETE FROM usage_units WHERE reservation_id = ?').run(reservationId);
      return changed === 1;
    });
    return tx.immediate();
  }

  async countUsage(account: string, windows: UsageWindow[]): Promise<number[]> {
    const count = this.db.prepare(COUNT_UNITS);
    // One read transaction: every window sees the same snapshot.
    return this.db.transaction(() =>
      windows.map((w) => Number((count.get(account, w.category, w.since.getTime()) as Row).n)),
    )();
  }

  async pruneUsage(before: Date): Promise<number> {
    return this.db.prepare('DELETE FROM usage_units WHERE at < ?').run(before.getTime()).changes;
  }
}

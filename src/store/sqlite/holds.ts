// LinkedIn's holds on an account (SQLite): one row per (account, kind); a later `until` always wins.
import type Database from 'better-sqlite3';
import type { HoldRecord, HoldRepository } from '../store.ts';
import { mustDate, str, type Row } from './rows.ts';

function mapHold(r: Row): HoldRecord {
  return {
    account: String(r.account),
    kind: String(r.kind),
    until: mustDate(r.until),
    placedAt: mustDate(r.placed_at),
    reason: str(r.reason),
  };
}

export class SqliteHolds implements HoldRepository {
  constructor(private readonly db: Database.Database) {}

  async placeHold(hold: HoldRecord): Promise<HoldRecord> {
    this.db
      .prepare(
        `INSERT INTO holds (account, kind, until, placed_at, reason) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account, kind) DO UPDATE SET
           until = MAX(holds.until, excluded.until), placed_at = excluded.placed_at, reason = excluded.reason`,
      )
      .run(hold.account, hold.kind, hold.until.getTime(), hold.placedAt.getTime(), hold.reason);
    return mapHold(
      this.db
        .prepare('SELECT * FROM holds WHERE account = ? AND kind = ?')
        .get(hold.account, hold.kind) as Row,
    );
  }

  async listHolds(account: string, activeAt?: Date): Promise<HoldRecord[]> {
    const rows = activeAt
      ? (this.db
          .prepare('SELECT * FROM holds WHERE account = ? AND until > ? ORDER BY kind')
          .all(account, activeAt.getTime()) as Row[])
      : (this.db.prepare('SELECT * FROM holds WHERE account = ? ORDER BY kind').all(account) as Row[]);
    return rows.map(mapHold);
  }

  async clearHold(account: string, kind: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM holds WHERE account = ? AND kind = ?').run(account, kind).changes > 0;
  }
}

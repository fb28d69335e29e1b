// LinkedIn's holds on an account (PostgreSQL): one row per (account, kind); a later `until` always wins.
import type { HoldRecord, HoldRepository } from '../store.ts';
import type { Pool, Row } from './connection.ts';
import { mustDate, str } from './rows.ts';

function mapHold(r: Row): HoldRecord {
  return {
    account: String(r.account),
    kind: String(r.kind),
    until: mustDate(r.until),
    placedAt: mustDate(r.placed_at),
    reason: str(r.reason),
  };
}

export class PostgresHolds implements HoldRepository {
  constructor(private readonly pool: Pool) {}

  async placeHold(hold: HoldRecord): Promise<HoldRecord> {
    // One statement: the upsert row-locks the hold, so concurrent placements keep the latest until.
    const r = await this.pool.query<Row>(
      `INSERT INTO holds (account, kind, until, placed_at, reason) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (account, kind) DO UPDATE SET
         until = GREATEST(holds.until, excluded.until), placed_at = excluded.placed_at, reason = excluded.reason
       RETURNING *`,
      [hold.account, hold.kind, hold.until, hold.placedAt, hold.reason],
    );
    return mapHold(r.rows[0] as Row);
  }

  async listHolds(account: string, activeAt?: Date): Promise<HoldRecord[]> {
    const r = activeAt
      ? await this.pool.query<Row>(
          'SELECT * FROM holds WHERE account = $1 AND until > $2 ORDER BY kind COLLATE "C"',
          [account, activeAt],
        )
      : await this.pool.query<Row>('SELECT * FROM holds WHERE account = $1 ORDER BY kind COLLATE "C"', [
          account,
        ]);
    return r.rows.map(mapHold);
  }

  async clearHold(account: string, kind: string): Promise<boolean> {
    const r = await this.pool.query('DELETE FROM holds WHERE account = $1 AND kind = $2', [account, kind]);
    return (r.rowCount ?? 0) > 0;
  }
}

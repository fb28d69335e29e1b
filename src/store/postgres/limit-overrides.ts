// Per-account limit overrides (PostgreSQL): one row per (account, category, period).
import type { LimitEntry, LimitKey, LimitOverrideRepository } from '../store.ts';
import { inTransaction, type Pool, type Row } from './connection.ts';

export class PostgresLimitOverrides implements LimitOverrideRepository {
  constructor(private readonly pool: Pool) {}

  async listLimitOverrides(account: string): Promise<LimitEntry[]> {
    const r = await this.pool.query<Row>(
      'SELECT * FROM account_limits WHERE account = $1 ORDER BY category COLLATE "C", period COLLATE "C"',
      [account],
    );
    return r.rows.map((row) => ({
      category: String(row.category),
      period: String(row.period),
      maxValue: Number(row.max_value),
      isEnabled: row.is_enabled === true,
    }));
  }

  async upsertLimitOverrides(account: string, entries: LimitEntry[], now: Date): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      for (const e of entries) {
        await c.query(
          `INSERT INTO account_limits (account, category, period, max_value, is_enabled, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (account, category, period) DO UPDATE SET
             max_value = excluded.max_value, is_enabled = excluded.is_enabled, updated_at = excluded.updated_at`,
          [account, e.category, e.period, e.maxValue, e.isEnabled, now],
        );
      }
    });
  }

  async deleteLimitOverrides(account: string, which?: LimitKey[]): Promise<number> {
    if (!which) {
      return (
        (await this.pool.query('DELETE FROM account_limits WHERE account = $1', [account])).rowCount ?? 0
      );
    }
    return inTransaction(this.pool, async (c) => {
      let n = 0;
      for (const k of which) {
        const r = await c.query(
          'DELETE FROM account_limits WHERE account = $1 AND category = $2 AND period = $3',
          [account, k.category, k.period],
        );
        n += r.rowCount ?? 0;
      }
      return n;
    });
  }
}

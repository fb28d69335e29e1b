// Per-account limit overrides (SQLite): one row per (account, category, period).
import type Database from 'better-sqlite3';
import type { LimitEntry, LimitKey, LimitOverrideRepository } from '../store.ts';
import type { Row } from './rows.ts';

export class SqliteLimitOverrides implements LimitOverrideRepository {
  constructor(private readonly db: Database.Database) {}

  async listLimitOverrides(account: string): Promise<LimitEntry[]> {
    const rows = this.db
      .prepare('SELECT * FROM account_limits WHERE account = ? ORDER BY category, period')
      .all(account) as Row[];
    return rows.map((r) => ({
      category: String(r.category),
      period: String(r.period),
      maxValue: Number(r.max_value),
      isEnabled: Number(r.is_enabled) === 1,
    }));
  }

  async upsertLimitOverrides(account: string, entries: LimitEntry[], now: Date): Promise<void> {
    const stmt = this.db.prepare(
      `INSERT INTO account_limits (account, category, period, max_value, is_enabled, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (account, category, period) DO UPDATE SET
         max_value = excluded.max_value, is_enabled = excluded.is_enabled, updated_at = excluded.updated_at`,
    );
    this.db.transaction(() => {
      for (const e of entries) {
        stmt.run(account, e.category, e.period, e.maxValue, e.isEnabled ? 1 : 0, now.getTime());
      }
    })();
  }

  async deleteLimitOverrides(account: string, which?: LimitKey[]): Promise<number> {
    if (!which) return this.db.prepare('DELETE FROM account_limits WHERE account = ?').run(account).changes;
    const stmt = this.db.prepare(
      'DELETE FROM account_limits WHERE account = ? AND category = ? AND period = ?',
    );
    return this.db.transaction(() =>
      which.reduce((n, k) => n + stmt.run(account, k.category, k.period).changes, 0),
    )();
  }
}

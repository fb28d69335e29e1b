// The account row (PostgreSQL). Only `ensureAccount` is part of the port, as in SQLite.
import type { AccountRecord, AccountRepository, StoredJson } from '../store.ts';
import type { Pool, Row } from './connection.ts';
import { mustDate, str, toDate } from './rows.ts';

function mapAccount(r: Row): AccountRecord {
  const identity = r.identity_json;
  return {
    name: String(r.name),
    status: String(r.status),
    parkedReason: str(r.parked_reason),
    parkedMessage: str(r.parked_message),
    parkedAt: toDate(r.parked_at),
    identity: identity && typeof identity === 'object' ? (identity as StoredJson) : null,
    createdAt: mustDate(r.created_at),
    updatedAt: mustDate(r.updated_at),
  };
}

export class PostgresAccounts implements AccountRepository {
  constructor(private readonly pool: Pool) {}

  async ensureAccount(name: string, now: Date): Promise<AccountRecord> {
    await this.pool.query(
      `INSERT INTO accounts (name, status, created_at, updated_at) VALUES ($1, 'active', $2, $2)
       ON CONFLICT (name) DO NOTHING`,
      [name, now],
    );
    const r = await this.pool.query<Row>('SELECT * FROM accounts WHERE name = $1', [name]);
    return mapAccount(r.rows[0] as Row);
  }
}

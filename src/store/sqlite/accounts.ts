// The account row (SQLite). Only `ensureAccount` is part of the port: identity and parking live in the
// session layer's account records for now, though the row already has their columns.
import type Database from 'better-sqlite3';
import type { AccountRecord, AccountRepository, StoredJson } from '../store.ts';
import { mustDate, parseJson, str, toDate, type Row } from './rows.ts';

function mapAccount(r: Row): AccountRecord {
  const identity = parseJson(r.identity_json);
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

export class SqliteAccounts implements AccountRepository {
  constructor(private readonly db: Database.Database) {}

  async ensureAccount(name: string, now: Date): Promise<AccountRecord> {
    const t = now.getTime();
    this.db
      .prepare(
        `INSERT INTO accounts (name, status, created_at, updated_at) VALUES (?, 'active', ?, ?)
         ON CONFLICT (name) DO NOTHING`,
      )
      .run(name, t, t);
    return mapAccount(this.db.prepare('SELECT * FROM accounts WHERE name = ?').get(name) as Row);
  }
}

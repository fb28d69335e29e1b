// `serve`'s tokens (SQLite): API tokens by the hash of their secret, and one identification token per
// account, also by hash. The secrets themselves are never stored (the webhook secret excepted: it signs).
import type Database from 'better-sqlite3';
import type { ApiTokenRecord, NewApiToken, TokenRepository } from '../store.ts';
import { mustDate, parseJson, str, toDate, type Row } from './rows.ts';

function mapToken(r: Row): ApiTokenRecord {
  const accounts = parseJson(r.accounts_json);
  return {
    id: String(r.id),
    accounts: Array.isArray(accounts) ? accounts.filter((a): a is string => typeof a === 'string') : [],
    webhookUrl: str(r.webhook_url),
    createdAt: mustDate(r.created_at),
    revokedAt: toDate(r.revoked_at),
  };
}

const COLUMNS = 'id, accounts_json, webhook_url, created_at, revoked_at';

export class SqliteTokens implements TokenRepository {
  constructor(private readonly db: Database.Database) {}

  async createApiToken(t: NewApiToken): Promise<ApiTokenRecord> {
    this.db
      .prepare(
        `INSERT INTO api_tokens (id, hash, accounts_json, webhook_url, webhook_secret, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(t.id, t.hash, JSON.stringify(t.accounts), t.webhookUrl, t.webhookSecret, t.now.getTime());
    return mapToken(this.db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE id = ?`).get(t.id) as Row);
  }

  async findApiTokenByHash(hash: string): Promise<ApiTokenRecord | null> {
    const r = this.db
      .prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE hash = ? AND revoked_at IS NULL`)
      .get(hash) as Row | undefined;
    return r ? mapToken(r) : null;
  }

  async getApiToken(id: string): Promise<ApiTokenRecord | null> {
    const r = this.db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE id = ?`).get(id) as Row | undefined;
    return r ? mapToken(r) : null;
  }

  async listApiTokens(): Promise<ApiTokenRecord[]> {
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at, id`).all() as Row[];
    return rows.map(mapToken);
  }

  async revokeApiToken(id: string, now: Date): Promise<boolean> {
    return (
      this.db
        .prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(now.getTime(), id).changes > 0
    );
  }

  async getWebhookSecret(tokenId: string): Promise<string | null> {
    const r = this.db.prepare('SELECT webhook_secret FROM api_tokens WHERE id = ?').get(tokenId) as
      Row | undefined;
    return r ? str(r.webhook_secret) : null;
  }

  async setIdentificationToken(account: string, hash: string, now: Date): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO identification_tokens (account, hash, created_at) VALUES (?, ?, ?)
         ON CONFLICT (account) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at`,
      )
      .run(account, hash, now.getTime());
  }

  async findAccountByIdentificationHash(hash: string): Promise<string | null> {
    const r = this.db.prepare('SELECT account FROM identification_tokens WHERE hash = ?').get(hash) as
      Row | undefined;
    return r ? str(r.account) : null;
  }
}

// `serve`'s tokens (PostgreSQL): API tokens by the hash of their secret, and one identification token per
// account, also by hash. The secrets themselves are never stored (the webhook secret excepted: it signs).
import type { ApiTokenRecord, NewApiToken, TokenRepository } from '../store.ts';
import type { Pool, Row } from './connection.ts';
import { jsonParam, mustDate, str, toDate } from './rows.ts';

function mapToken(r: Row): ApiTokenRecord {
  const accounts: unknown = r.accounts_json;
  return {
    id: String(r.id),
    accounts: Array.isArray(accounts) ? accounts.filter((a): a is string => typeof a === 'string') : [],
    webhookUrl: str(r.webhook_url),
    createdAt: mustDate(r.created_at),
    revokedAt: toDate(r.revoked_at),
  };
}

const COLUMNS = 'id, accounts_json, webhook_url, created_at, revoked_at';

export class PostgresTokens implements TokenRepository {
  constructor(private readonly pool: Pool) {}

  async createApiToken(t: NewApiToken): Promise<ApiTokenRecord> {
    const r = await this.pool.query<Row>(
      `INSERT INTO api_tokens (id, hash, accounts_json, webhook_url, webhook_secret, created_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6) RETURNING ${COLUMNS}`,
      [t.id, t.hash, jsonParam(t.accounts), t.webhookUrl, t.webhookSecret, t.now],
    );
    return mapToken(r.rows[0] as Row);
  }

  async findApiTokenByHash(hash: string): Promise<ApiTokenRecord | null> {
    const r = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM api_tokens WHERE hash = $1 AND revoked_at IS NULL`,
      [hash],
    );
    return r.rows[0] ? mapToken(r.rows[0]) : null;
  }

  async getApiToken(id: string): Promise<ApiTokenRecord | null> {
    const r = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
    return r.rows[0] ? mapToken(r.rows[0]) : null;
  }

  async listApiTokens(): Promise<ApiTokenRecord[]> {
    // COLLATE "C": byte order, as SQLite sorts.
    const r = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at, id COLLATE "C"`,
    );
    return r.rows.map(mapToken);
  }

  async revokeApiToken(id: string, now: Date): Promise<boolean> {
    const r = await this.pool.query(
      'UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
      [now, id],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async getWebhookSecret(tokenId: string): Promise<string | null> {
    const r = await this.pool.query<Row>('SELECT webhook_secret FROM api_tokens WHERE id = $1', [tokenId]);
    return r.rows[0] ? str(r.rows[0].webhook_secret) : null;
  }

  async setIdentificationToken(account: string, hash: string, now: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO identification_tokens (account, hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (account) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at`,
      [account, hash, now],
    );
  }

  async findAccountByIdentificationHash(hash: string): Promise<string | null> {
    const r = await this.pool.query<Row>('SELECT account FROM identification_tokens WHERE hash = $1', [hash]);
    return r.rows[0] ? str(r.rows[0].account) : null;
  }
}

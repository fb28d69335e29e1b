// v7: `serve`'s API tokens and the accounts' identification tokens. Only sha256 hashes of the secrets
// are stored (they are long random strings, so a plain hash cannot be reversed by guessing); the
// webhook secret is kept as is because signing a delivery needs it.
import type { Migration } from './migration.ts';

export const migration007: Migration = {
  version: 7,
  name: 'service-tokens',
  sqlite: `
    -- accounts_json: the account names the token reaches (JSON array).
    CREATE TABLE api_tokens (
      id              TEXT PRIMARY KEY,
      hash            TEXT NOT NULL UNIQUE,
      accounts_json   TEXT NOT NULL,
      webhook_url     TEXT,
      webhook_secret  TEXT,
      created_at      INTEGER NOT NULL,
      revoked_at      INTEGER
    );

    CREATE TABLE identification_tokens (
      account     TEXT PRIMARY KEY,
      hash        TEXT NOT NULL UNIQUE,
      created_at  INTEGER NOT NULL
    );
  `,
  postgres: `
    CREATE TABLE api_tokens (
      id              text PRIMARY KEY,
      hash            text NOT NULL UNIQUE,
      accounts_json   jsonb NOT NULL,
      webhook_url     text,
      webhook_secret  text,
      created_at      timestamptz NOT NULL,
      revoked_at      timestamptz
    );

    CREATE TABLE identification_tokens (
      account     text PRIMARY KEY,
      hash        text NOT NULL UNIQUE,
      created_at  timestamptz NOT NULL
    );
  `,
};

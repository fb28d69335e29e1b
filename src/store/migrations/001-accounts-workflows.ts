// v1: accounts (status, identity, parking) and workflow records.
import type { Migration } from './migration.ts';

export const migration001: Migration = {
  version: 1,
  name: 'accounts-workflows',
  sqlite: `
    CREATE TABLE accounts (
      name            TEXT PRIMARY KEY,
      status          TEXT NOT NULL DEFAULT 'active',
      parked_reason   TEXT,
      parked_message  TEXT,
      parked_at       INTEGER,
      identity_json   TEXT,
      created_at      INTEGER NOT NULL,
      updated_at      INTEGER NOT NULL
    );

    CREATE TABLE workflows (
      id               TEXT PRIMARY KEY,
      account          TEXT NOT NULL,
      status           TEXT NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed')),
      pending_reason   TEXT,
      message          TEXT,
      definition_hash  TEXT,
      completion_json  TEXT,
      failure_json     TEXT,
      owner_pid        INTEGER,
      owner_host       TEXT,
      created_at       INTEGER NOT NULL,
      started_at       INTEGER,
      finished_at      INTEGER,
      updated_at       INTEGER NOT NULL
    );
    CREATE INDEX workflows_account_status ON workflows (account, status);
    CREATE INDEX workflows_definition ON workflows (account, definition_hash);
  `,
  postgres: `
    CREATE TABLE accounts (
      name            text PRIMARY KEY,
      status          text NOT NULL DEFAULT 'active',
      parked_reason   text,
      parked_message  text,
      parked_at       timestamptz,
      identity_json   jsonb,
      created_at      timestamptz NOT NULL,
      updated_at      timestamptz NOT NULL
    );

    CREATE TABLE workflows (
      id               text PRIMARY KEY,
      account          text NOT NULL,
      status           text NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed')),
      pending_reason   text,
      message          text,
      definition_hash  text,
      completion_json  jsonb,
      failure_json     jsonb,
      owner_pid        integer,
      owner_host       text,
      created_at       timestamptz NOT NULL,
      started_at       timestamptz,
      finished_at      timestamptz,
      updated_at       timestamptz NOT NULL
    );
    CREATE INDEX workflows_account_status ON workflows (account, status);
    CREATE INDEX workflows_definition ON workflows (account, definition_hash);
  `,
};

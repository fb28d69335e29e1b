// v6: the workflow queue and the account leases of the workers (`serve`, `linkwright worker`).
// workflow_queue holds submitted workflows in submission order (seq); account_leases holds, per account,
// the lease that lets one worker run one of its workflows, with a fencing token (fence) that grows by one
// at every claim and is checked by every journal write.
import type { Migration } from './migration.ts';

export const migration006: Migration = {
  version: 6,
  name: 'workflow-queue',
  sqlite: `
    CREATE TABLE workflow_queue (
      id                TEXT PRIMARY KEY,
      seq               INTEGER NOT NULL UNIQUE,
      account           TEXT NOT NULL,
      token_id          TEXT,
      definition        TEXT NOT NULL,
      status            TEXT NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed')),
      pending_reason    TEXT,
      message           TEXT,
      not_before        INTEGER,
      completion_json   TEXT,
      failure_json      TEXT,
      cancel_requested  INTEGER NOT NULL DEFAULT 0,
      cancelled         INTEGER NOT NULL DEFAULT 0,
      attempts          INTEGER NOT NULL DEFAULT 0,
      worker_id         TEXT,
      fence             INTEGER,
      created_at        INTEGER NOT NULL,
      started_at        INTEGER,
      finished_at       INTEGER,
      updated_at        INTEGER NOT NULL
    );
    CREATE INDEX workflow_queue_open ON workflow_queue (status, account, seq);

    CREATE TABLE account_leases (
      account      TEXT PRIMARY KEY,
      fence        INTEGER NOT NULL,
      holder       TEXT,
      workflow_id  TEXT,
      expires_at   INTEGER
    );
  `,
  postgres: `
    -- seq: an identity, so concurrent submissions never collide on it.
    CREATE TABLE workflow_queue (
      id                text PRIMARY KEY,
      seq               bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      account           text NOT NULL,
      token_id          text,
      definition        text NOT NULL,
      status            text NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed')),
      pending_reason    text,
      message           text,
      not_before        timestamptz,
      completion_json   jsonb,
      failure_json      jsonb,
      cancel_requested  boolean NOT NULL DEFAULT false,
      cancelled         boolean NOT NULL DEFAULT false,
      attempts          integer NOT NULL DEFAULT 0,
      worker_id         text,
      fence             bigint,
      created_at        timestamptz NOT NULL,
      started_at        timestamptz,
      finished_at       timestamptz,
      updated_at        timestamptz NOT NULL
    );
    CREATE INDEX workflow_queue_open ON workflow_queue (status, account, seq);

    CREATE TABLE account_leases (
      account      text PRIMARY KEY,
      fence        bigint NOT NULL,
      holder       text,
      workflow_id  text,
      expires_at   timestamptz
    );
  `,
};

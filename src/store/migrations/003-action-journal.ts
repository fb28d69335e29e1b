// v3: the action journal (exactly-once side effects): planned → attempted → verified | outcome.
import type { Migration } from './migration.ts';

export const migration003: Migration = {
  version: 3,
  name: 'action-journal',
  sqlite: `
    CREATE TABLE action_journal (
      id            TEXT NOT NULL,
      cycle         INTEGER NOT NULL,
      account       TEXT NOT NULL,
      action_type   TEXT NOT NULL,
      target        TEXT,
      params_hash   TEXT NOT NULL,
      state         TEXT NOT NULL CHECK (state IN ('planned', 'attempted', 'verified', 'outcome')),
      outcome       TEXT,
      attempts      INTEGER NOT NULL DEFAULT 0,
      run_id        TEXT,
      created_at    INTEGER NOT NULL,
      attempted_at  INTEGER,
      verified_at   INTEGER,
      outcome_at    INTEGER,
      updated_at    INTEGER NOT NULL,
      settled_at    INTEGER,
      PRIMARY KEY (id, cycle)
    );
    CREATE INDEX action_journal_run ON action_journal (run_id);
    CREATE INDEX action_journal_target ON action_journal (account, action_type, target);
  `,
  postgres: `
    CREATE TABLE action_journal (
      id            text NOT NULL,
      cycle         integer NOT NULL,
      account       text NOT NULL,
      action_type   text NOT NULL,
      target        text,
      params_hash   text NOT NULL,
      state         text NOT NULL CHECK (state IN ('planned', 'attempted', 'verified', 'outcome')),
      outcome       text,
      attempts      integer NOT NULL DEFAULT 0,
      run_id        text,
      created_at    timestamptz NOT NULL,
      attempted_at  timestamptz,
      verified_at   timestamptz,
      outcome_at    timestamptz,
      updated_at    timestamptz NOT NULL,
      settled_at    timestamptz,
      PRIMARY KEY (id, cycle)
    );
    CREATE INDEX action_journal_run ON action_journal (run_id);
    CREATE INDEX action_journal_target ON action_journal (account, action_type, target);
  `,
};

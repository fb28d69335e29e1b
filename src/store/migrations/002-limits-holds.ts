// v2: per-account limit overrides, usage reservations (one unit per category) and LinkedIn's holds.
import type { Migration } from './migration.ts';

export const migration002: Migration = {
  version: 2,
  name: 'limits-usage-holds',
  sqlite: `
    CREATE TABLE account_limits (
      account     TEXT NOT NULL,
      category    TEXT NOT NULL,
      period      TEXT NOT NULL CHECK (period IN ('daily', 'weekly', 'monthly')),
      max_value   INTEGER NOT NULL CHECK (max_value >= 0),
      is_enabled  INTEGER NOT NULL DEFAULT 1 CHECK (is_enabled IN (0, 1)),
      updated_at  INTEGER NOT NULL,
      PRIMARY KEY (account, category, period)
    );

    -- A reservation is one action's claim on its categories; released ones keep their row for audit
    -- but their units are deleted from usage_units.
    CREATE TABLE usage_reservations (
      id          TEXT PRIMARY KEY,
      account     TEXT NOT NULL,
      key         TEXT,
      run_id      TEXT NOT NULL,
      categories  TEXT NOT NULL,
      state       TEXT NOT NULL CHECK (state IN ('reserved', 'committed', 'released')),
      owner_pid   INTEGER NOT NULL,
      owner_host  TEXT NOT NULL,
      created_at  INTEGER NOT NULL,
      settled_at  INTEGER
    );
    CREATE INDEX usage_reservations_open ON usage_reservations (account, key, state);

    CREATE TABLE usage_units (
      reservation_id  TEXT NOT NULL REFERENCES usage_reservations (id) ON DELETE CASCADE,
      account         TEXT NOT NULL,
      category        TEXT NOT NULL,
      at              INTEGER NOT NULL,
      PRIMARY KEY (reservation_id, category)
    );
    CREATE INDEX usage_units_window ON usage_units (account, category, at);

    CREATE TABLE holds (
      account    TEXT NOT NULL,
      kind       TEXT NOT NULL,
      until      INTEGER NOT NULL,
      placed_at  INTEGER NOT NULL,
      reason     TEXT,
      PRIMARY KEY (account, kind)
    );
  `,
  postgres: `
    CREATE TABLE account_limits (
      account     text NOT NULL,
      category    text NOT NULL,
      period      text NOT NULL CHECK (period IN ('daily', 'weekly', 'monthly')),
      max_value   integer NOT NULL CHECK (max_value >= 0),
      is_enabled  boolean NOT NULL DEFAULT true,
      updated_at  timestamptz NOT NULL,
      PRIMARY KEY (account, category, period)
    );

    CREATE TABLE usage_reservations (
      id          text PRIMARY KEY,
      account     text NOT NULL,
      key         text,
      run_id      text NOT NULL,
      categories  jsonb NOT NULL,
      state       text NOT NULL CHECK (state IN ('reserved', 'committed', 'released')),
      owner_pid   integer NOT NULL,
      owner_host  text NOT NULL,
      created_at  timestamptz NOT NULL,
      settled_at  timestamptz
    );
    CREATE INDEX usage_reservations_open ON usage_reservations (account, key, state);

    CREATE TABLE usage_units (
      reservation_id  text NOT NULL REFERENCES usage_reservations (id) ON DELETE CASCADE,
      account         text NOT NULL,
      category        text NOT NULL,
      at              timestamptz NOT NULL,
      PRIMARY KEY (reservation_id, category)
    );
    CREATE INDEX usage_units_window ON usage_units (account, category, at);

    CREATE TABLE holds (
      account    text NOT NULL,
      kind       text NOT NULL,
      until      timestamptz NOT NULL,
      placed_at  timestamptz NOT NULL,
      reason     text,
      PRIMARY KEY (account, kind)
    );
  `,
};

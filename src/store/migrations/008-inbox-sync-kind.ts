// v8: one inbox sync per account AND inbox: the standard inbox (st.syncInbox) and the Sales Navigator one
// (nv.syncInbox) are enabled and read apart. Existing registrations are the standard inbox's.
import type { Migration } from './migration.ts';

export const migration008: Migration = {
  version: 8,
  name: 'inbox-sync-kind',
  // SQLite cannot change a primary key in place: the table is rebuilt with its rows.
  sqlite: `
    CREATE TABLE inbox_syncs_v8 (
      account         TEXT NOT NULL,
      kind            TEXT NOT NULL DEFAULT 'st' CHECK (kind IN ('st', 'nv')),
      started_at      INTEGER NOT NULL,
      last_synced_at  INTEGER,
      PRIMARY KEY (account, kind)
    );
    INSERT INTO inbox_syncs_v8 (account, kind, started_at, last_synced_at)
      SELECT account, 'st', started_at, last_synced_at FROM inbox_syncs;
    DROP TABLE inbox_syncs;
    ALTER TABLE inbox_syncs_v8 RENAME TO inbox_syncs;
  `,
  postgres: `
    ALTER TABLE inbox_syncs ADD COLUMN kind text NOT NULL DEFAULT 'st' CHECK (kind IN ('st', 'nv'));
    ALTER TABLE inbox_syncs DROP CONSTRAINT inbox_syncs_pkey;
    ALTER TABLE inbox_syncs ADD PRIMARY KEY (account, kind);
  `,
};

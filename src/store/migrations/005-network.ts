// v5: the network sync (st.syncNetwork, `network poll`). network_people is the snapshot the last sync
// left — who was on the Sent tab, on the Received tab, among the connections — so the next sync can tell
// what changed; network_events holds each change once per identity (type and person).
import type { Migration } from './migration.ts';

export const migration005: Migration = {
  version: 5,
  name: 'network',
  sqlite: `
    CREATE TABLE network_syncs (
      account         TEXT PRIMARY KEY,
      started_at      INTEGER NOT NULL,
      last_synced_at  INTEGER
    );

    -- person: the vanity name; the flags are what the last sync saw.
    CREATE TABLE network_people (
      account       TEXT NOT NULL,
      person        TEXT NOT NULL,
      person_url    TEXT NOT NULL,
      person_urn    TEXT,
      pending_sent  INTEGER NOT NULL DEFAULT 0,
      received      INTEGER NOT NULL DEFAULT 0,
      connected     INTEGER NOT NULL DEFAULT 0,
      updated_at    INTEGER NOT NULL,
      PRIMARY KEY (account, person)
    );

    -- seq: the order changes were stored (ties of detected_at keep detection order).
    CREATE TABLE network_events (
      seq          INTEGER PRIMARY KEY AUTOINCREMENT,
      account      TEXT NOT NULL,
      id           TEXT NOT NULL,
      type         TEXT NOT NULL
                   CHECK (type IN ('connectionAccepted', 'connectionAdded', 'connectionRequestReceived')),
      person       TEXT NOT NULL,
      person_url   TEXT NOT NULL,
      person_urn   TEXT,
      detected_at  INTEGER NOT NULL,
      UNIQUE (account, id)
    );
    CREATE INDEX network_events_time ON network_events (account, detected_at);
  `,
  postgres: `
    CREATE TABLE network_syncs (
      account         text PRIMARY KEY,
      started_at      timestamptz NOT NULL,
      last_synced_at  timestamptz
    );

    CREATE TABLE network_people (
      account       text NOT NULL,
      person        text NOT NULL,
      person_url    text NOT NULL,
      person_urn    text,
      pending_sent  boolean NOT NULL DEFAULT false,
      received      boolean NOT NULL DEFAULT false,
      connected     boolean NOT NULL DEFAULT false,
      updated_at    timestamptz NOT NULL,
      PRIMARY KEY (account, person)
    );

    CREATE TABLE network_events (
      seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account      text NOT NULL,
      id           text NOT NULL,
      type         text NOT NULL
                   CHECK (type IN ('connectionAccepted', 'connectionAdded', 'connectionRequestReceived')),
      person       text NOT NULL,
      person_url   text NOT NULL,
      person_urn   text,
      detected_at  timestamptz NOT NULL,
      UNIQUE (account, id)
    );
    CREATE INDEX network_events_time ON network_events (account, detected_at);
  `,
};

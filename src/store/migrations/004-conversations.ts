// v4: synced conversations and their messages (st.syncConversation / st.syncInbox, `conversations poll`,
// `inbox poll`). A conversation is keyed by the person (`person:<vanity>`) or the thread (`thread:<id>`);
// a message by its identity (LinkedIn's event urn when the page shows one, else a stable hash), so a
// re-read of the same thread adds nothing.
import type { Migration } from './migration.ts';

export const migration004: Migration = {
  version: 4,
  name: 'conversations',
  sqlite: `
    -- sync_started_at/sync_until: the current sync period (null: read by the inbox sync only).
    CREATE TABLE conversations (
      account          TEXT NOT NULL,
      key              TEXT NOT NULL,
      person_url       TEXT,
      thread_id        TEXT,
      name             TEXT,
      sync_started_at  INTEGER,
      sync_until       INTEGER,
      last_synced_at   INTEGER,
      created_at       INTEGER NOT NULL,
      updated_at       INTEGER NOT NULL,
      PRIMARY KEY (account, key)
    );
    CREATE INDEX conversations_thread ON conversations (account, thread_id);

    CREATE TABLE inbox_syncs (
      account         TEXT PRIMARY KEY,
      started_at      INTEGER NOT NULL,
      last_synced_at  INTEGER
    );

    -- seq: the order messages were first stored (ties of time keep page order).
    CREATE TABLE conversation_messages (
      seq           INTEGER PRIMARY KEY AUTOINCREMENT,
      account       TEXT NOT NULL,
      id            TEXT NOT NULL,
      conversation  TEXT NOT NULL,
      sender        TEXT NOT NULL CHECK (sender IN ('us', 'them')),
      text          TEXT NOT NULL,
      shown_time    TEXT,
      time          INTEGER NOT NULL,
      UNIQUE (account, id)
    );
    CREATE INDEX conversation_messages_conv ON conversation_messages (account, conversation, time);
    CREATE INDEX conversation_messages_time ON conversation_messages (account, time);
  `,
  postgres: `
    CREATE TABLE conversations (
      account          text NOT NULL,
      key              text NOT NULL,
      person_url       text,
      thread_id        text,
      name             text,
      sync_started_at  timestamptz,
      sync_until       timestamptz,
      last_synced_at   timestamptz,
      created_at       timestamptz NOT NULL,
      updated_at       timestamptz NOT NULL,
      PRIMARY KEY (account, key)
    );
    CREATE INDEX conversations_thread ON conversations (account, thread_id);

    CREATE TABLE inbox_syncs (
      account         text PRIMARY KEY,
      started_at      timestamptz NOT NULL,
      last_synced_at  timestamptz
    );

    CREATE TABLE conversation_messages (
      seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account       text NOT NULL,
      id            text NOT NULL,
      conversation  text NOT NULL,
      sender        text NOT NULL CHECK (sender IN ('us', 'them')),
      text          text NOT NULL,
      shown_time    text,
      time          timestamptz NOT NULL,
      UNIQUE (account, id)
    );
    CREATE INDEX conversation_messages_conv ON conversation_messages (account, conversation, time);
    CREATE INDEX conversation_messages_time ON conversation_messages (account, time);
  `,
};

// Synced conversations, their messages and the inbox sync (SQLite). Messages are stored once per identity
// (UNIQUE (account, id)); recordMessages answers which ones were new, under one write lock.
import type Database from 'better-sqlite3';
import type {
  ConversationMessageRecord,
  ConversationRecord,
  ConversationRepository,
  ConversationUpsert,
  InboxKind,
  MessageSender,
  NewConversationMessage,
} from '../store.ts';
import { mustDate, str, toDate, type Row } from './rows.ts';

function mapConversation(r: Row): ConversationRecord {
  return {
    account: String(r.account),
    key: String(r.key),
    personUrl: str(r.person_url),
    threadId: str(r.thread_id),
    name: str(r.name),
    syncStartedAt: toDate(r.sync_started_at),
    syncUntil: toDate(r.sync_until),
    lastSyncedAt: toDate(r.last_synced_at),
  };
}

function mapMessage(r: Row): ConversationMessageRecord {
  return {
    account: String(r.account),
    id: String(r.id),
    conversation: String(r.conversation),
    sender: String(r.sender) as MessageSender,
    text: String(r.text),
    shownTime: str(r.shown_time),
    time: mustDate(r.time),
  };
}

export class SqliteConversations implements ConversationRepository {
  constructor(private readonly db: Database.Database) {}

  async upsertConversation(c: ConversationUpsert): Promise<ConversationRecord> {
    const now = c.now.getTime();
    this.db
      .prepare(
        `INSERT INTO conversations (account, key, person_url, thread_id, name, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (account, key) DO UPDATE SET
           person_url = CASE WHEN ? THEN excluded.person_url ELSE conversations.person_url END,
           thread_id  = CASE WHEN ? THEN excluded.thread_id  ELSE conversations.thread_id  END,
           name       = CASE WHEN ? THEN excluded.name       ELSE conversations.name       END,
           updated_at = excluded.updated_at`,
      )
      .run(
        c.account,
        c.key,
        c.personUrl ?? null,
        c.threadId ?? null,
        c.name ?? null,
        now,
        now,
        c.personUrl !== undefined ? 1 : 0,
        c.threadId !== undefined ? 1 : 0,
        c.name !== undefined ? 1 : 0,
      );
    return (await this.getConversation(c.account, c.key))!;
  }

  async registerConversationSync(account: string, key: string, now: Date, until: Date): Promise<void> {
    const r = this.db
      .prepare(
        `UPDATE conversations SET sync_started_at = ?, sync_until = ?, updated_at = ? WHERE account = ? AND key = ?`,
      )
      .run(now.getTime(), until.getTime(), now.getTime(), account, key);
    if (r.changes === 0) throw new Error(`store: no conversation ${key} to register`);
  }

  async getConversation(account: string, key: string): Promise<ConversationRecord | null> {
    const r = this.db
      .prepare('SELECT * FROM conversations WHERE account = ? AND key = ?')
      .get(account, key) as Row | undefined;
    return r ? mapConversation(r) : null;
  }

  async listConversations(account: string, opts: { synced?: boolean } = {}): Promise<ConversationRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM conversations WHERE account = ? ${opts.synced ? 'AND sync_started_at IS NOT NULL' : ''}
         ORDER BY key`,
      )
      .all(account) as Row[];
    return rows.map(mapConversation);
  }

  async recordMessages(
    account: string,
    conversation: string,
    messages: NewConversationMessage[],
    now: Date,
  ): Promise<ConversationMessageRecord[]> {
    const insert = this.db.prepare(
      `INSERT INTO conversation_messages (account, id, conversation, sender, text, shown_time, time)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, id) DO NOTHING`,
    );
    const touch = this.db.prepare(
      'UPDATE conversations SET last_synced_at = ?, updated_at = ? WHERE account = ? AND key = ?',
    );
    const tx = this.db.transaction((): ConversationMessageRecord[] => {
      const fresh: ConversationMessageRecord[] = [];
      for (const m of messages) {
        if (insert.run(account, m.id, conversation, m.sender, m.text, m.shownTime, now.getTime()).changes > 0)
          fresh.push({ account, conversation, ...m, time: now });
      }
      touch.run(now.getTime(), now.getTime(), account, conversation);
      return fresh;
    });
    return tx.immediate();
  }

  async listMessages(filter: {
    account: string;
    conversation?: string;
    since?: Date;
  }): Promise<ConversationMessageRecord[]> {
    const where = ['account = ?'];
    const args: unknown[] = [filter.account];
    if (filter.conversation !== undefined) {
      where.push('conversation = ?');
      args.push(filter.conversation);
    }
    if (filter.since) {
      where.push('time >= ?');
      args.push(filter.since.getTime());
    }
    const rows = this.db
      .prepare(`SELECT * FROM conversation_messages WHERE ${where.join(' AND ')} ORDER BY time, seq`)
      .all(...args) as Row[];
    return rows.map(mapMessage);
  }

  async registerInboxSync(account: string, now: Date, kind: InboxKind = 'st'): Promise<Date> {
    this.db
      .prepare(
        'INSERT INTO inbox_syncs (account, kind, started_at) VALUES (?, ?, ?) ON CONFLICT (account, kind) DO NOTHING',
      )
      .run(account, kind, now.getTime());
    return (await this.getInboxSync(account, kind))!.startedAt;
  }

  async getInboxSync(
    account: string,
    kind: InboxKind = 'st',
  ): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null> {
    const r = this.db
      .prepare('SELECT * FROM inbox_syncs WHERE account = ? AND kind = ?')
      .get(account, kind) as Row | undefined;
    return r ? { startedAt: mustDate(r.started_at), lastSyncedAt: toDate(r.last_synced_at) } : null;
  }

  async markInboxSynced(account: string, now: Date, kind: InboxKind = 'st'): Promise<void> {
    this.db
      .prepare('UPDATE inbox_syncs SET last_synced_at = ? WHERE account = ? AND kind = ?')
      .run(now.getTime(), account, kind);
  }
}

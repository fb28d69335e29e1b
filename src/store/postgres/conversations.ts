// Synced conversations, their messages and the inbox sync (PostgreSQL). Messages are stored once per
// identity (UNIQUE (account, id)); recordMessages inserts them in page order under the account's advisory
// lock and answers which ones were new (ON CONFLICT DO NOTHING RETURNING: a row another worker stored
// first is not reported twice).
import type {
  ConversationMessageRecord,
  ConversationRecord,
  ConversationRepository,
  ConversationUpsert,
  InboxKind,
  MessageSender,
  NewConversationMessage,
} from '../store.ts';
import { inTransaction, lockAccount, type Pool, type Row } from './connection.ts';
import { mustDate, str, toDate } from './rows.ts';

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

export class PostgresConversations implements ConversationRepository {
  constructor(private readonly pool: Pool) {}

  async upsertConversation(c: ConversationUpsert): Promise<ConversationRecord> {
    const r = await this.pool.query<Row>(
      `INSERT INTO conversations (account, key, person_url, thread_id, name, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (account, key) DO UPDATE SET
         person_url = CASE WHEN $7::boolean THEN excluded.person_url ELSE conversations.person_url END,
         thread_id  = CASE WHEN $8::boolean THEN excluded.thread_id  ELSE conversations.thread_id  END,
         name       = CASE WHEN $9::boolean THEN excluded.name       ELSE conversations.name       END,
         updated_at = excluded.updated_at
       RETURNING *`,
      [
        c.account,
        c.key,
        c.personUrl ?? null,
        c.threadId ?? null,
        c.name ?? null,
        c.now,
        c.personUrl !== undefined,
        c.threadId !== undefined,
        c.name !== undefined,
      ],
    );
    return mapConversation(r.rows[0] as Row);
  }

  async registerConversationSync(account: string, key: string, now: Date, until: Date): Promise<void> {
    const r = await this.pool.query(
      `UPDATE conversations SET sync_started_at = $1, sync_until = $2, updated_at = $1
       WHERE account = $3 AND key = $4`,
      [now, until, account, key],
    );
    if (r.rowCount === 0) throw new Error(`store: no conversation ${key} to register`);
  }

  async getConversation(account: string, key: string): Promise<ConversationRecord | null> {
    const r = await this.pool.query<Row>('SELECT * FROM conversations WHERE account = $1 AND key = $2', [
      account,
      key,
    ]);
    return r.rows[0] ? mapConversation(r.rows[0]) : null;
  }

  async listConversations(account: string, opts: { synced?: boolean } = {}): Promise<ConversationRecord[]> {
    const r = await this.pool.query<Row>(
      `SELECT * FROM conversations WHERE account = $1 ${opts.synced ? 'AND sync_started_at IS NOT NULL' : ''}
       ORDER BY key COLLATE "C"`,
      [account],
    );
    return r.rows.map(mapConversation);
  }

  async recordMessages(
    account: string,
    conversation: string,
    messages: NewConversationMessage[],
    now: Date,
  ): Promise<ConversationMessageRecord[]> {
    return inTransaction(this.pool, async (c) => {
      await lockAccount(c, account);
      const fresh: ConversationMessageRecord[] = [];
      for (const m of messages) {
        const r = await c.query(
          `INSERT INTO conversation_messages (account, id, conversation, sender, text, shown_time, time)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (account, id) DO NOTHING RETURNING seq`,
          [account, m.id, conversation, m.sender, m.text, m.shownTime, now],
        );
        if ((r.rowCount ?? 0) > 0) fresh.push({ account, conversation, ...m, time: now });
      }
      await c.query(
        'UPDATE conversations SET last_synced_at = $1, updated_at = $1 WHERE account = $2 AND key = $3',
        [now, account, conversation],
      );
      return fresh;
    });
  }

  async listMessages(filter: {
    account: string;
    conversation?: string;
    since?: Date;
  }): Promise<ConversationMessageRecord[]> {
    const args: unknown[] = [filter.account];
    const where = ['account = $1'];
    if (filter.conversation !== undefined) {
      args.push(filter.conversation);
      where.push(`conversation = $${args.length}`);
    }
    if (filter.since) {
      args.push(filter.since);
      where.push(`time >= $${args.length}`);
    }
    const r = await this.pool.query<Row>(
      `SELECT * FROM conversation_messages WHERE ${where.join(' AND ')} ORDER BY time, seq`,
      args,
    );
    return r.rows.map(mapMessage);
  }

  async registerInboxSync(account: string, now: Date, kind: InboxKind = 'st'): Promise<Date> {
    await this.pool.query(
      'INSERT INTO inbox_syncs (account, kind, started_at) VALUES ($1, $2, $3) ON CONFLICT (account, kind) DO NOTHING',
      [account, kind, now],
    );
    return (await this.getInboxSync(account, kind))!.startedAt;
  }

  async getInboxSync(
    account: string,
    kind: InboxKind = 'st',
  ): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null> {
    const r = await this.pool.query<Row>('SELECT * FROM inbox_syncs WHERE account = $1 AND kind = $2', [
      account,
      kind,
    ]);
    const row = r.rows[0];
    return row ? { startedAt: mustDate(row.started_at), lastSyncedAt: toDate(row.last_synced_at) } : null;
  }

  async markInboxSynced(account: string, now: Date, kind: InboxKind = 'st'): Promise<void> {
    await this.pool.query('UPDATE inbox_syncs SET last_synced_at = $1 WHERE account = $2 AND kind = $3', [
      now,
      account,
      kind,
    ]);
  }
}

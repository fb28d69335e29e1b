// The network sync (SQLite): the snapshot of the account's lists and the changes found, each stored once
// per identity (UNIQUE (account, id)); recordNetworkSync applies a sync under one write lock.
import type Database from 'better-sqlite3';
import type {
  NetworkEventRecord,
  NetworkEventType,
  NetworkObservation,
  NetworkPersonRecord,
  NetworkPersonSeen,
  NetworkRepository,
  NewNetworkEvent,
} from '../store.ts';
import { mustDate, str, toDate, type Row } from './rows.ts';

function mapPerson(r: Row): NetworkPersonRecord {
  return {
    account: String(r.account),
    person: String(r.person),
    personUrl: String(r.person_url),
    personUrn: str(r.person_urn),
    pendingSent: Number(r.pending_sent) === 1,
    received: Number(r.received) === 1,
    connected: Number(r.connected) === 1,
  };
}

function mapEvent(r: Row): NetworkEventRecord {
  return {
    account: String(r.account),
    id: String(r.id),
    type: String(r.type) as NetworkEventType,
    person: String(r.person),
    personUrl: String(r.person_url),
    personUrn: str(r.person_urn),
    detectedAt: mustDate(r.detected_at),
  };
}

type Flag = 'pending_sent' | 'received' | 'connected';

export class SqliteNetwork implements NetworkRepository {
  constructor(private readonly db: Database.Database) {}

  async registerNetworkSync(account: string, now: Date): Promise<Date> {
    this.db
      .prepare(
        'INSERT INTO network_syncs (account, started_at) VALUES (?, ?) ON CONFLICT (account) DO NOTHING',
      )
      .run(account, now.getTime());
    return (await this.getNetworkSync(account))!.startedAt;
  }

  async getNetworkSync(account: string): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null> {
    const r = this.db.prepare('SELECT * FROM network_syncs WHERE account = ?').get(account) as
      Row | undefined;
    return r ? { startedAt: mustDate(r.started_at), lastSyncedAt: toDate(r.last_synced_at) } : null;
  }

  async listNetworkPeople(account: string): Promise<NetworkPersonRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM network_people WHERE account = ? ORDER BY person')
      .all(account) as Row[];
    return rows.map(mapPerson);
  }

  async recordNetworkSync(
    account: string,
    observation: NetworkObservation,
    events: NewNetworkEvent[],
    now: Date,
  ): Promise<NetworkEventRecord[]> {
    const at = now.getTime();
    // The flag column comes from the closed Flag set, never from input.
    const mark = (flag: Flag) =>
      this.db.prepare(
        `INSERT INTO network_people (account, person, person_url, person_urn, ${flag}, updated_at)
         VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (account, person) DO UPDATE SET
           person_url = excluded.person_url,
           person_urn = COALESCE(excluded.person_urn, network_people.person_urn),
           ${flag} = 1,
           updated_at = excluded.updated_at`,
      );
    const clear = (flag: Flag) =>
      this.db.prepare(
        `UPDATE network_people SET ${flag} = 0, updated_at = ? WHERE account = ? AND ${flag} = 1`,
      );
    const insert = this.db.prepare(
      `INSERT INTO network_events (account, id, type, person, person_url, person_urn, detected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, id) DO NOTHING`,
    );
    const touch = this.db.prepare('UPDATE network_syncs SET last_synced_at = ? WHERE account = ?');
    const apply = (flag: Flag, people: NetworkPersonSeen[]) => {
      const stmt = mark(flag);
      for (const p of people) stmt.run(account, p.person, p.personUrl, p.personUrn, at);
    };
    const tx = this.db.transaction((): NetworkEventRecord[] => {
      clear('pending_sent').run(at, account);
      clear('received').run(at, account);
      apply('pending_sent', observation.sent);
      apply('received', observation.received);
      apply('connected', observation.connections);
      const fresh: NetworkEventRecord[] = [];
      for (const e of events) {
        if (insert.run(account, e.id, e.type, e.person, e.personUrl, e.personUrn, at).changes > 0)
          fresh.push({ account, ...e, detectedAt: now });
      }
      touch.run(at, account);
      return fresh;
    });
    return tx.immediate();
  }

  async listNetworkEvents(filter: {
    account: string;
    since?: Date;
    type?: NetworkEventType;
  }): Promise<NetworkEventRecord[]> {
    const where = ['account = ?'];
    const args: unknown[] = [filter.account];
    if (filter.since) {
      where.push('detected_at >= ?');
      args.push(filter.since.getTime());
    }
    if (filter.type) {
      where.push('type = ?');
      args.push(filter.type);
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM network_events WHERE ${where.join(' AND ')} ORDER BY detected_at DESC, seq DESC`,
      )
      .all(...args) as Row[];
    return rows.map(mapEvent);
  }
}

// The network sync (PostgreSQL): the snapshot of the account's lists and the changes found, each stored
// once per identity (UNIQUE (account, id)); recordNetworkSync applies a sync in one transaction under the
// account's advisory lock, and ON CONFLICT DO NOTHING RETURNING reports only the events it stored.
import type {
  NetworkEventRecord,
  NetworkEventType,
  NetworkObservation,
  NetworkPersonRecord,
  NetworkPersonSeen,
  NetworkRepository,
  NewNetworkEvent,
} from '../store.ts';
import { inTransaction, lockAccount, type Client, type Pool, type Row } from './connection.ts';
import { mustDate, str, toDate } from './rows.ts';

function mapPerson(r: Row): NetworkPersonRecord {
  return {
    account: String(r.account),
    person: String(r.person),
    personUrl: String(r.person_url),
    personUrn: str(r.person_urn),
    pendingSent: r.pending_sent === true,
    received: r.received === true,
    connected: r.connected === true,
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

export class PostgresNetwork implements NetworkRepository {
  constructor(private readonly pool: Pool) {}

  async registerNetworkSync(account: string, now: Date): Promise<Date> {
    await this.pool.query(
      'INSERT INTO network_syncs (account, started_at) VALUES ($1, $2) ON CONFLICT (account) DO NOTHING',
      [account, now],
    );
    return (await this.getNetworkSync(account))!.startedAt;
  }

  async getNetworkSync(account: string): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null> {
    const r = (await this.pool.query<Row>('SELECT * FROM network_syncs WHERE account = $1', [account]))
      .rows[0];
    return r ? { startedAt: mustDate(r.started_at), lastSyncedAt: toDate(r.last_synced_at) } : null;
  }

  async listNetworkPeople(account: string): Promise<NetworkPersonRecord[]> {
    // COLLATE "C": byte order, as SQLite sorts.
    const r = await this.pool.query<Row>(
      'SELECT * FROM network_people WHERE account = $1 ORDER BY person COLLATE "C"',
      [account],
    );
    return r.rows.map(mapPerson);
  }

  async recordNetworkSync(
    account: string,
    observation: NetworkObservation,
    events: NewNetworkEvent[],
    now: Date,
  ): Promise<NetworkEventRecord[]> {
    // The flag column comes from the closed Flag set, never from input.
    const clear = (c: Client, flag: Flag) =>
      c.query(`UPDATE network_people SET ${flag} = false, updated_at = $1 WHERE account = $2 AND ${flag}`, [
        now,
        account,
      ]);
    const apply = async (c: Client, flag: Flag, people: NetworkPersonSeen[]) => {
      for (const p of people) {
        await c.query(
          `INSERT INTO network_people (account, person, person_url, person_urn, ${flag}, updated_at)
           VALUES ($1, $2, $3, $4, true, $5)
           ON CONFLICT (account, person) DO UPDATE SET
             person_url = excluded.person_url,
             person_urn = COALESCE(excluded.person_urn, network_people.person_urn),
             ${flag} = true,
             updated_at = excluded.updated_at`,
          [account, p.person, p.personUrl, p.personUrn, now],
        );
      }
    };
    return inTransaction(this.pool, async (c) => {
      await lockAccount(c, account);
      await clear(c, 'pending_sent');
      await clear(c, 'received');
      await apply(c, 'pending_sent', observation.sent);
      await apply(c, 'received', observation.received);
      await apply(c, 'connected', observation.connections);
      const fresh: NetworkEventRecord[] = [];
      for (const e of events) {
        const r = await c.query(
          `INSERT INTO network_events (account, id, type, person, person_url, person_urn, detected_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (account, id) DO NOTHING RETURNING seq`,
          [account, e.id, e.type, e.person, e.personUrl, e.personUrn, now],
        );
        if ((r.rowCount ?? 0) > 0) fresh.push({ account, ...e, detectedAt: now });
      }
      await c.query('UPDATE network_syncs SET last_synced_at = $1 WHERE account = $2', [now, account]);
      return fresh;
    });
  }

  async listNetworkEvents(filter: {
    account: string;
    since?: Date;
    type?: NetworkEventType;
  }): Promise<NetworkEventRecord[]> {
    const where = ['account = $1'];
    const args: unknown[] = [filter.account];
    if (filter.since) {
      args.push(filter.since);
      where.push(`detected_at >= $${args.length}`);
    }
    if (filter.type) {
      args.push(filter.type);
      where.push(`type = $${args.length}`);
    }
    const r = await this.pool.query<Row>(
      `SELECT * FROM network_events WHERE ${where.join(' AND ')} ORDER BY detected_at DESC, seq DESC`,
      args,
    );
    return r.rows.map(mapEvent);
  }
}

// The network repository and `network poll`: networkNotSynced before the first sync; a sync's
// observation replaces the Sent/Received flags and adds connections; events are stored once per id and
// polled newest first, filtered by since and type. And the pure change detection st.syncNetwork uses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { networkChanges, networkEventId } from '../../src/actions/support/network-changes.ts';
import { pollNetwork } from '../../src/app/poll-network.ts';
import type { NetworkPersonRecord, Store } from '../../src/store/store.ts';
import { openTempStore, STORE_KINDS } from './store-adapters.ts';

let store: Store;
let home: string;
let cleanup: () => Promise<void>;

const t = (iso: string) => new Date(iso);
const who = (person: string) => ({
  person,
  personUrl: `https://www.linkedin.com/in/${person}`,
  personUrn: null,
});
const ev = (
  type: 'connectionAccepted' | 'connectionAdded' | 'connectionRequestReceived',
  person: string,
) => ({
  id: networkEventId(type, person),
  type,
  ...who(person),
});

// The repository part is in the store contract suite: it runs against SQLite and against PostgreSQL.
describe.each(STORE_KINDS)('network repository and poll (%s store)', (kind) => {
  beforeEach(async () => {
    const t = await openTempStore(kind);
    ({ store, home, cleanup } = t);
    // `pollNetwork({ home })` opens the store the way a process would: by home, or by database URL.
    for (const [k, v] of Object.entries(t.env)) vi.stubEnv(k, v);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await cleanup();
  });

  it('networkNotSynced before the first sync; then only the changes, newest first, once each', async () => {
    expect(await pollNetwork({ store, account: 'a' })).toMatchObject({
      ok: false,
      error: { type: 'networkNotSynced' },
    });
    await store.registerNetworkSync('a', t('2026-03-01T00:00:00Z'));
    await store.recordNetworkSync(
      'a',
      { sent: [who('john')], received: [], connections: [who('dana')] },
      [],
      t('2026-03-01T00:00:00Z'),
    );
    expect(await pollNetwork({ store, account: 'a' })).toEqual({ ok: true, result: { events: [] } });

    const first = await store.recordNetworkSync(
      'a',
      { sent: [], received: [who('sofia')], connections: [who('john'), who('dana')] },
      [ev('connectionAccepted', 'john'), ev('connectionRequestReceived', 'sofia')],
      t('2026-03-02T00:00:00Z'),
    );
    expect(first).toHaveLength(2);
    const again = await store.recordNetworkSync(
      'a',
      { sent: [], received: [who('sofia')], connections: [who('tom')] },
      [ev('connectionAccepted', 'john'), ev('connectionAdded', 'tom')],
      t('2026-03-03T00:00:00Z'),
    );
    expect(again.map((e) => e.person)).toEqual(['tom']); // john's was stored already

    const people = new Map((await store.listNetworkPeople('a')).map((p) => [p.person, p]));
    expect(people.get('john')).toMatchObject({ pendingSent: false, connected: true });
    expect(people.get('dana')).toMatchObject({ connected: true }); // not read this time: kept
    expect(people.get('sofia')).toMatchObject({ received: true, connected: false });
    expect((await store.getNetworkSync('a'))?.lastSyncedAt).toEqual(t('2026-03-03T00:00:00Z'));

    const all = await pollNetwork({ store, account: 'a' });
    expect(all).toEqual({
      ok: true,
      result: {
        events: [
          {
            id: networkEventId('connectionAdded', 'tom'),
            type: 'connectionAdded',
            personUrl: 'https://www.linkedin.com/in/tom',
            detectedAt: '2026-03-03T00:00:00.000Z',
            personUrn: null,
          },
          expect.objectContaining({
            type: 'connectionRequestReceived',
            detectedAt: '2026-03-02T00:00:00.000Z',
          }),
          expect.objectContaining({
            type: 'connectionAccepted',
            personUrl: 'https://www.linkedin.com/in/john',
          }),
        ],
      },
    });
    const since = await pollNetwork({ store, account: 'a', since: t('2026-03-02T12:00:00Z') });
    expect(since.ok && since.result.events.map((e) => e.type)).toEqual(['connectionAdded']);
    const typed = await pollNetwork({ store, account: 'a', type: 'connectionAccepted' });
    expect(typed.ok && typed.result.events.map((e) => e.type)).toEqual(['connectionAccepted']);
    expect(await pollNetwork({ store, account: 'b' })).toMatchObject({ ok: false });
  });

  it('opens and closes the store under `home` when no store is given', async () => {
    await store.registerNetworkSync('h', t('2026-03-01T00:00:00Z'));
    expect(await pollNetwork({ home, account: 'h' })).toEqual({ ok: true, result: { events: [] } });
  });
});

describe('networkChanges', () => {
  const rec = (person: string, f: Partial<NetworkPersonRecord>): NetworkPersonRecord => ({
    account: 'a',
    ...who(person),
    pendingSent: false,
    received: false,
    connected: false,
    ...f,
  });
  const before = [
    rec('john', { pendingSent: true }),
    rec('jane', { pendingSent: true }),
    rec('dana', { connected: true }),
    rec('sofia', { received: true }),
  ];

  it('tells accepted from added, reports new received invitations, and nothing for what is known', () => {
    const out = networkChanges(before, {
      sent: [who('jane')],
      received: [who('sofia'), who('rafael')],
      connections: [who('tom'), who('john'), who('dana')],
    });
    expect(out.map((e) => [e.type, e.person])).toEqual([
      ['connectionAdded', 'tom'],
      ['connectionAccepted', 'john'],
      ['connectionRequestReceived', 'rafael'],
    ]);
  });

  it('no change → no events; a person still pending and listed as a connection is not a change yet', () => {
    expect(
      networkChanges(before, {
        sent: [who('john'), who('jane')],
        received: [who('sofia')],
        connections: [who('dana')],
      }),
    ).toEqual([]);
    expect(networkChanges(before, { sent: [who('john')], received: [], connections: [who('john')] })).toEqual(
      [],
    );
  });

  it('ids are stable per type and person', () => {
    expect(networkEventId('connectionAdded', 'tom')).toBe(networkEventId('connectionAdded', 'tom'));
    expect(networkEventId('connectionAdded', 'tom')).not.toBe(networkEventId('connectionAccepted', 'tom'));
  });
});

// The ATOMIC methods of the port under contention from several connections at once (as several workers
// would hold them), on both adapters: journalBegin continues one entry, journalMark lets exactly one
// final transition win, recordMessages reports each message as new exactly once, reserveUsage never
// passes a limit, recordNetworkSync reports each event once, claimNextWorkflow gives an account to one
// worker, and a fenced journalMark racing a takeover either writes under its fence or writes nothing.
// In-process for speed; test/store/limit-race.test.ts does the same with OS processes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStaleFenceError } from '../../src/store/stale-fence-error.ts';
import type { Store } from '../../src/store/store.ts';
import { openSameStore, openTempStore, STORE_KINDS, type TempStore } from './store-adapters.ts';

const WORKERS = 6;
const now = new Date('2026-08-10T09:00:00Z');

describe.each(STORE_KINDS)('ATOMIC methods under contention (%s store)', (kind) => {
  let temp: TempStore;
  let stores: Store[];
  beforeEach(async () => {
    temp = await openTempStore(kind);
    stores = [temp.store];
    for (let i = 1; i < WORKERS; i++) stores.push(await openSameStore(temp));
  });
  afterEach(async () => {
    for (const s of stores.slice(1)) await s.close();
    await temp.cleanup();
  });

  const begin = (s: Store, runId: string) =>
    s.journalBegin({
      id: 'key-1',
      account: 'alice',
      actionType: 'st.sendConnectionRequest',
      target: 'jane',
      paramsHash: 'h',
      runId,
      now,
      resumeWindowMs: 3_600_000,
    });

  it('journalBegin: every worker continues the same entry, none starts a second cycle', async () => {
    const rows = await Promise.all(stores.map((s, i) => begin(s, `run-${i}`)));
    expect(new Set(rows.map((r) => `${r.id}/${r.cycle}`))).toEqual(new Set(['key-1/1']));
    expect(await temp.store.journalList({ account: 'alice' })).toHaveLength(1);
  });

  it('journalMark: attempts all count; exactly one final transition wins, the others throw', async () => {
    await begin(temp.store, 'run-0');
    await Promise.all(stores.map((s) => s.journalMark('key-1', 1, { to: 'attempted' }, now)));
    expect((await temp.store.journalGet('key-1'))?.attempts).toBe(WORKERS);
    const results = await Promise.allSettled(
      stores.map((s, i) =>
        i % 2 === 0
          ? s.journalMark('key-1', 1, { to: 'verified', outcome: `w${i}` }, now)
          : s.journalMark('key-1', 1, { to: 'outcome', outcome: `w${i}` }, now),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual(
      Array(WORKERS - 1).fill(expect.stringMatching(/is final/)),
    );
    const final = await temp.store.journalGet('key-1');
    expect(final?.outcome).toBe(won[0]?.status === 'fulfilled' ? won[0].value.outcome : 'none');
  });

  it('recordMessages: each message is new for exactly one worker and stored once', async () => {
    await temp.store.upsertConversation({ account: 'alice', key: 'person:jane', now });
    const page = Array.from({ length: 20 }, (_, i) => ({
      id: `m${i}`,
      sender: (i % 2 ? 'us' : 'them') as 'us' | 'them',
      text: `text ${i}`,
      shownTime: null,
    }));
    const fresh = await Promise.all(stores.map((s) => s.recordMessages('alice', 'person:jane', page, now)));
    expect(
      fresh
        .flat()
        .map((m) => m.id)
        .sort(),
    ).toEqual(page.map((m) => m.id).sort());
    const stored = await temp.store.listMessages({ account: 'alice', conversation: 'person:jane' });
    expect(stored.map((m) => m.id)).toEqual(page.map((m) => m.id));
  });

  it('reserveUsage: exactly maxValue of many concurrent reservations pass', async () => {
    const check = {
      category: 'stConnectionRequests',
      period: 'daily',
      maxValue: 5,
      since: new Date('2026-08-10T00:00:00Z'),
    };
    const results = await Promise.all(
      stores.flatMap((s, i) =>
        [0, 1, 2].map((j) =>
          s.reserveUsage({
            account: 'alice',
            key: null,
            runId: `run-${i}-${j}`,
            owner: { pid: 1000 + i, host: 'test' },
            categories: ['stConnectionRequests'],
            checks: [check],
            now,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(
      await temp.store.countUsage('alice', [{ category: 'stConnectionRequests', since: check.since }]),
    ).toEqual([5]);
  });

  it('recordNetworkSync: each event is new for exactly one worker and stored once', async () => {
    const who = (p: string) => ({
      person: p,
      personUrl: `https://www.linkedin.com/in/${p}`,
      personUrn: null,
    });
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: `connectionAdded:p${i}`,
      type: 'connectionAdded' as const,
      ...who(`p${i}`),
    }));
    const obs = { sent: [], received: [], connections: events.map((e) => who(e.person)) };
    const fresh = await Promise.all(stores.map((s) => s.recordNetworkSync('alice', obs, events, now)));
    expect(
      fresh
        .flat()
        .map((e) => e.id)
        .sort(),
    ).toEqual(events.map((e) => e.id).sort());
    expect(await temp.store.listNetworkEvents({ account: 'alice' })).toHaveLength(events.length);
    expect(await temp.store.listNetworkPeople('alice')).toHaveLength(events.length);
  });

  it('claimNextWorkflow: one worker gets the account, the others get nothing', async () => {
    await temp.store.enqueueWorkflow({ id: 'wf-1', account: 'alice', tokenId: null, definition: '{}', now });
    await temp.store.enqueueWorkflow({ id: 'wf-2', account: 'alice', tokenId: null, definition: '{}', now });
    const claims = await Promise.all(
      stores.map((s, i) => s.claimNextWorkflow({ workerId: `w${i}`, now, leaseMs: 60_000 })),
    );
    const won = claims.filter((c) => c !== null);
    expect(won).toHaveLength(1);
    expect(won[0]?.entry.id).toBe('wf-1');
    expect(await temp.store.getLease('alice')).toMatchObject({ fence: 1, holder: won[0]?.entry.workerId });
  });

  it('journalMark under a fence racing a takeover: a refused write writes nothing', async () => {
    await temp.store.enqueueWorkflow({ id: 'wf-1', account: 'alice', tokenId: null, definition: '{}', now });
    const old = (await temp.store.claimNextWorkflow({ workerId: 'w-old', now, leaseMs: 1_000 }))!;
    await temp.store.journalBegin({
      id: 'key-1',
      account: 'alice',
      actionType: 'st.sendConnectionRequest',
      target: 'jane',
      paramsHash: 'h',
      runId: 'run-old',
      now,
      resumeWindowMs: 3_600_000,
      fence: old.fence,
    });
    const later = new Date(now.getTime() + 2_000);
    const [takeover, ...marks] = await Promise.allSettled([
      stores[1]!.claimNextWorkflow({ workerId: 'w-new', now: later, leaseMs: 60_000 }),
      ...stores.map((s) => s.journalMark('key-1', 1, { to: 'attempted' }, later, old.fence)),
    ]);
    expect(takeover?.status === 'fulfilled' && takeover.value?.takenOver).toBe(true);
    const refused = marks.filter((r) => r.status === 'rejected');
    for (const r of refused) expect(isStaleFenceError(r.reason)).toBe(true);
    expect((await temp.store.journalGet('key-1'))?.attempts).toBe(marks.length - refused.length);
    // From now on the old fence writes nothing at all.
    await expect(temp.store.journalMark('key-1', 1, { to: 'attempted' }, later, old.fence)).rejects.toSatisfy(
      isStaleFenceError,
    );
  });
});

// The workflow queue on the real stores (SQLite and PostgreSQL, the store contract suite's adapters):
// submission order per account, one running workflow per account across two store connections (two
// worker processes or machines share the store the same way), the lease's fencing token on journal
// writes, takeover of an expired lease, hand-back and cancel.
import { afterEach, describe, expect, it } from 'vitest';
import { isStaleFenceError } from '../../src/store/stale-fence-error.ts';
import type { Store } from '../../src/store/store.ts';
import { openSameStore, openTempStore, STORE_KINDS, type StoreKind } from '../store/store-adapters.ts';

const T0 = new Date('2026-03-02T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const LEASE = 30_000;

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function open(kind: StoreKind) {
  const t = await openTempStore(kind);
  cleanups.push(t.cleanup);
  const second = await openSameStore(t);
  cleanups.push(() => second.close());
  return { a: t.store, b: second };
}

async function submit(store: Store, id: string, account: string, ms = 0) {
  return store.enqueueWorkflow({ id, account, tokenId: null, definition: '{"x":1}', now: at(ms) });
}

describe.each(STORE_KINDS)('workflow queue (%s store)', (kind) => {
  const setup = () => open(kind);

  it('claims in submission order per account, one running per account across two connections', async () => {
    const { a, b } = await setup();
    await submit(a, 'a1', 'alice');
    await submit(b, 'b1', 'bob');
    await submit(a, 'a2', 'alice');
    await submit(b, 'a3', 'alice');
    expect((await a.getQueued('a1'))?.pendingReason).toBe('queued');

    const c1 = await a.claimNextWorkflow({ workerId: 'w1', now: at(1), leaseMs: LEASE });
    const c2 = await b.claimNextWorkflow({ workerId: 'w2', now: at(1), leaseMs: LEASE });
    expect(c1?.entry.id).toBe('a1');
    expect(c2?.entry.id).toBe('b1');
    // alice is busy (a1 running under w1's lease), bob is busy: nothing else may start.
    expect(await b.claimNextWorkflow({ workerId: 'w2', now: at(2), leaseMs: LEASE })).toBeNull();
    expect(await a.claimNextWorkflow({ workerId: 'w1', now: at(2), leaseMs: LEASE })).toBeNull();

    expect(await a.settleQueued('a1', c1!.fence, { status: 'completed', completion: { ok: 1 } }, at(3))).toBe(
      true,
    );
    const c3 = await b.claimNextWorkflow({ workerId: 'w2', now: at(4), leaseMs: LEASE });
    expect(c3?.entry.id).toBe('a2');
    expect(c3!.fence.token).toBe(c1!.fence.token + 1);
    expect(await a.getQueued('a1')).toMatchObject({ status: 'completed', completion: { ok: 1 } });
  });

  it('a worker pinned to some accounts claims only theirs, in order, and leaves the rest to others', async () => {
    const { a, b } = await setup();
    await submit(a, 'a1', 'alice', 0);
    await submit(a, 'b1', 'bob', 1);
    await submit(a, 'a2', 'alice', 2);
    // Pinned to bob: alice's older head is not its to take.
    const pinned = await a.claimNextWorkflow({
      workerId: 'w1',
      now: at(3),
      leaseMs: LEASE,
      accounts: ['bob'],
    });
    expect(pinned?.entry.id).toBe('b1');
    expect(
      await a.claimNextWorkflow({ workerId: 'w1', now: at(3), leaseMs: LEASE, accounts: ['bob', 'carol'] }),
    ).toBeNull();
    const other = await b.claimNextWorkflow({
      workerId: 'w2',
      now: at(3),
      leaseMs: LEASE,
      accounts: ['alice'],
    });
    expect(other?.entry.id).toBe('a1');
    expect(await a.getQueued('a2')).toMatchObject({ status: 'pending' });
  });

  it('never records an account’s next start before its previous end (a clock read before the lock)', async () => {
    const { a, b } = await setup();
    await submit(a, 'a1', 'alice');
    await submit(a, 'a2', 'alice');
    await submit(a, 'b1', 'bob');
    const c1 = (await a.claimNextWorkflow({ workerId: 'w1', now: at(0), leaseMs: LEASE }))!;
    // w2 read its clock at 5, then waited for the store while w1 settled a1 at 9.
    expect(await a.settleQueued('a1', c1.fence, { status: 'completed', completion: {} }, at(9))).toBe(true);
    const c2 = (await b.claimNextWorkflow({ workerId: 'w2', now: at(5), leaseMs: LEASE }))!;
    expect(c2.entry.id).toBe('a2');
    expect(c2.entry.startedAt).toEqual(at(9));
    // Nothing ended before it on its account: the claim's own time.
    const c3 = (await b.claimNextWorkflow({ workerId: 'w2', now: at(6), leaseMs: LEASE }))!;
    expect(c3.entry).toMatchObject({ id: 'b1', startedAt: at(6) });
  });

  it('gives each account to exactly one of many concurrent claims', async () => {
    const { a, b } = await setup();
    for (const acct of ['alice', 'bob', 'carol']) {
      await submit(a, `${acct}-1`, acct);
      await submit(a, `${acct}-2`, acct);
    }
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? a : b).claimNextWorkflow({ workerId: `w${i}`, now: at(1), leaseMs: LEASE }),
      ),
    );
    const won = claims.filter((c) => c !== null);
    // Never two claims of one account; each won claim is its account's head.
    expect(new Set(won.map((c) => c.fence.account)).size).toBe(won.length);
    for (const c of won) expect(c.entry.id).toBe(`${c.fence.account}-1`);
    // What a concurrent claim skipped is claimable afterwards; the running heads keep the rest waiting.
    while (await a.claimNextWorkflow({ workerId: 'late', now: at(2), leaseMs: LEASE }));
    const running = await a.listQueued({ statuses: ['running'] });
    expect(running.map((e) => e.id).sort()).toEqual(['alice-1', 'bob-1', 'carol-1']);
    for (const e of running) expect(e.fence).toBe(1);
  });

  it('rejects a journal write under a stale fence and lets the new holder write', async () => {
    const { a, b } = await setup();
    await submit(a, 'a1', 'alice');
    const old = (await a.claimNextWorkflow({ workerId: 'w1', now: at(0), leaseMs: LEASE }))!;
    const begin = {
      id: 'k#1',
      account: 'alice',
      actionType: 'st.sendConnectionRequest',
      target: 'p',
      paramsHash: 'h',
      runId: 'r1',
      now: at(1),
      resumeWindowMs: 86_400_000,
    };
    const row = await a.journalBegin({ ...begin, fence: old.fence });
    // w1 stalls past its lease; w2 takes the account over (the entry is still running: a takeover).
    const taken = (await b.claimNextWorkflow({ workerId: 'w2', now: at(LEASE + 1), leaseMs: LEASE }))!;
    expect(taken.entry.id).toBe('a1');
    expect(taken.takenOver).toBe(true);
    expect(taken.entry.attempts).toBe(2);
    expect(taken.fence.token).toBe(old.fence.token + 1);

    const stale = await a.journalMark(row.id, row.cycle, { to: 'attempted' }, at(LEASE + 2), old.fence).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isStaleFenceError(stale)).toBe(true);
    expect((await a.journalGet(row.id))?.state).toBe('planned');
    const staleBegin = await a
      .journalBegin({ ...begin, id: 'k2#1', fence: old.fence })
      .catch((e: unknown) => e);
    expect(isStaleFenceError(staleBegin)).toBe(true);
    expect(await a.journalGet('k2#1')).toBeNull();
    // The old holder can neither renew, settle nor hand it back.
    expect(await a.renewLease(old.fence, at(LEASE + 3), LEASE)).toBe(false);
    expect(
      await a.settleQueued('a1', old.fence, { status: 'completed', completion: {} }, at(LEASE + 3)),
    ).toBe(false);

    const resumed = await b.journalBegin({ ...begin, runId: 'r2', now: at(LEASE + 4), fence: taken.fence });
    expect(resumed.cycle).toBe(row.cycle);
    const marked = await b.journalMark(
      resumed.id,
      resumed.cycle,
      { to: 'attempted' },
      at(LEASE + 5),
      taken.fence,
    );
    expect(marked.state).toBe('attempted');
  });

  it('keeps a renewed lease from being taken over', async () => {
    const { a, b } = await setup();
    await submit(a, 'a1', 'alice');
    const c = (await a.claimNextWorkflow({ workerId: 'w1', now: at(0), leaseMs: LEASE }))!;
    expect(await a.renewLease(c.fence, at(LEASE - 1), LEASE)).toBe(true);
    expect(await b.claimNextWorkflow({ workerId: 'w2', now: at(LEASE + 1), leaseMs: LEASE })).toBeNull();
    expect((await b.getLease('alice'))?.holder).toBe('w1');
  });

  it('hands a workflow back (pending, lease released) and respects notBefore', async () => {
    const { a } = await setup();
    await submit(a, 'a1', 'alice');
    await submit(a, 'a2', 'alice');
    const c = (await a.claimNextWorkflow({ workerId: 'w1', now: at(0), leaseMs: LEASE }))!;
    expect(
      await a.requeueWorkflow(
        'a1',
        c.fence,
        { pendingReason: 'outsideWorkingHours', message: 'opens at 09:00', notBefore: at(60_000) },
        at(1),
      ),
    ).toBe(true);
    expect(await a.getQueued('a1')).toMatchObject({
      status: 'pending',
      pendingReason: 'outsideWorkingHours',
      message: 'opens at 09:00',
    });
    expect((await a.getLease('alice'))?.holder).toBeNull();
    // a2 waits behind a1 (order per account), and a1 waits for its hours.
    expect(await a.claimNextWorkflow({ workerId: 'w1', now: at(2), leaseMs: LEASE })).toBeNull();
    const again = await a.claimNextWorkflow({ workerId: 'w1', now: at(60_000), leaseMs: LEASE });
    expect(again?.entry).toMatchObject({ id: 'a1', attempts: 2 });
    expect(again?.takenOver).toBe(false);
  });

  it('cancels a pending workflow at once and a running one by request', async () => {
    const { a } = await setup();
    await submit(a, 'a1', 'alice');
    await submit(a, 'a2', 'alice');
    await a.claimNextWorkflow({ workerId: 'w1', now: at(0), leaseMs: LEASE });
    expect(await a.cancelQueued('a2', at(1))).toBe('removed');
    expect(await a.getQueued('a2')).toMatchObject({ status: 'failed', cancelled: true });
    expect(await a.cancelQueued('a1', at(1))).toBe('requested');
    expect(await a.getQueued('a1')).toMatchObject({ status: 'running', cancelRequested: true });
    expect(await a.cancelQueued('nope', at(1))).toBeNull();
  });
});

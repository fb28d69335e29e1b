// The action journal and the runSideEffect discipline, in one process (crashes: journal-crash.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionFailureError } from '../../src/errors/error-types.ts';
import { linkedInUrlKey } from '../../selectors/url/linkedin-url.ts';
import { idempotencyKey } from '../../src/engine/policy/idempotency-key.ts';
import { Journal } from '../../src/engine/policy/journal.ts';
import { runSideEffect, type ActResult, type Verification } from '../../src/engine/policy/run-side-effect.ts';
import type { Store } from '../../src/store/store.ts';
import { manualClock } from './helpers.ts';
import { openTempStore, STORE_KINDS } from './store-adapters.ts';

let store: Store;
let cleanup: () => Promise<void>;

const HOUR = 3_600_000;
const person = { kind: 'person' as const, personUrl: 'https://www.linkedin.com/in/jane-doe' };

function journal(
  runId: string,
  clock = manualClock('2026-08-10T09:00:00Z'),
  resumeWindowMs = 168 * HOUR,
): Journal {
  return new Journal({ store, account: 'alice', runId, resumeWindowMs, now: clock.now });
}

/** A fake LinkedIn: remembers which effects happened; verify reads it. */
class FakePage {
  effects: string[] = [];
  has(id: string): boolean {
    return this.effects.includes(id);
  }
}

function spec(
  j: Journal,
  page: FakePage,
  opts: { verify?: () => Promise<Verification>; act?: (cp: () => Promise<void>) => Promise<ActResult> } = {},
) {
  const key = j.keyFor('st.sendConnectionRequest', person, { note: 'Hi' });
  const calls = { act: 0, verify: 0 };
  return {
    key,
    calls,
    run: () =>
      runSideEffect({
        journal: j,
        key,
        verify: async () => {
          calls.verify++;
          return opts.verify ? opts.verify() : page.has(key.id) ? 'done' : 'notDone';
        },
        act: async (commitPoint) => {
          calls.act++;
          if (opts.act) return opts.act(commitPoint);
          await commitPoint();
          page.effects.push(key.id);
          return { kind: 'effect' };
        },
      }),
  };
}

// The contract suite: everything below runs against SQLite and against PostgreSQL.
describe.each(STORE_KINDS)('%s store', (kind) => {
  beforeEach(async () => {
    cleanup = async () => {};
    ({ store, cleanup } = await openTempStore(kind));
  });
  afterEach(async () => {
    await cleanup();
  });

  describe('idempotency keys', () => {
    const base = { account: 'alice', actionType: 'st.sendConnectionRequest' };

    it('are the same for the same intent however it is spelled', () => {
      const a = idempotencyKey({
        ...base,
        params: { personUrl: 'https://www.linkedin.com/in/Jane-Doe/', note: 'Hi', email: 'j@x.org' },
      });
      const b = idempotencyKey({
        ...base,
        params: {
          email: 'j@x.org',
          note: 'Hi',
          personUrl: 'https://linkedin.com/in/jane-doe?trk=abc#x',
          label: 'p1',
        },
      });
      const c = idempotencyKey({ ...base, subject: person, params: { note: 'Hi', email: 'j@x.org' } });
      const d = idempotencyKey({
        ...base,
        params: { personUrl: 'https://de.linkedin.com/in/jane%2Ddoe', note: 'Hi', email: 'j@x.org' },
      });
      expect(b.id).toBe(a.id);
      expect(c.id).toBe(a.id);
      expect(d.id).toBe(a.id);
      expect(a.target).toBe('person:https://www.linkedin.com/in/jane-doe');
      // Unicode form does not matter (é precomposed vs e + combining accent).
      const nfc = idempotencyKey({ ...base, subject: person, params: { note: 'Caf\u00e9' } });
      const nfd = idempotencyKey({ ...base, subject: person, params: { note: 'Cafe\u0301' } });
      expect(nfd.id).toBe(nfc.id);
    });

    it('differ for a different account, action, target or parameter', () => {
      const a = idempotencyKey({ ...base, subject: person, params: { note: 'Hi' } });
      expect(
        idempotencyKey({ ...base, account: 'bob', subject: person, params: { note: 'Hi' } }).id,
      ).not.toBe(a.id);
      expect(
        idempotencyKey({ ...base, actionType: 'st.sendMessage', subject: person, params: { note: 'Hi' } }).id,
      ).not.toBe(a.id);
      expect(
        idempotencyKey({
          ...base,
          subject: { kind: 'person', personUrl: 'https://www.linkedin.com/in/john' },
          params: { note: 'Hi' },
        }).id,
      ).not.toBe(a.id);
      expect(idempotencyKey({ ...base, subject: person, params: { note: 'Hi!' } }).id).not.toBe(a.id);
      expect(idempotencyKey({ ...base, subject: person, params: {} }).id).not.toBe(a.id);
    });

    it('keep the case of hashed profile ids and never contain the note text', () => {
      expect(linkedInUrlKey('https://www.linkedin.com/in/ACoAABcdEFG123/')).toBe(
        'https://www.linkedin.com/in/ACoAABcdEFG123',
      );
      const k = idempotencyKey({ ...base, subject: person, params: { note: 'secret words' } });
      expect(JSON.stringify(k)).not.toContain('secret');
    });
  });

  describe('journal states', () => {
    it('planned → attempted → verified, final afterwards', async () => {
      const j = journal('run-1');
      const key = j.keyFor('st.sendConnectionRequest', person, {});
      let e = await j.begin(key);
      expect(e).toMatchObject({ state: 'planned', attempts: 0, cycle: 1, id: `${key.id}#1`, runId: 'run-1' });
      await expect(j.markVerified(e)).rejects.toThrow(/before it was attempted/);
      e = await j.markAttempted(e);
      expect(e).toMatchObject({ state: 'attempted', attempts: 1 });
      expect(e.attemptedAt).not.toBeNull();
      e = await j.markVerified(e, 'sentWithNote');
      expect(e).toMatchObject({ state: 'verified', outcome: 'sentWithNote' });
      await expect(j.markAttempted(e)).rejects.toThrow(/final/);
      await expect(j.markOutcome(e, 'alreadyPending')).rejects.toThrow(/final/);
    });

    it('a re-run continues an attempted entry and re-owns it', async () => {
      const first = journal('run-1');
      const key = first.keyFor('st.sendConnectionRequest', person, {});
      await first.markAttempted(await first.begin(key));
      const second = journal('run-2');
      const e = await second.begin(key);
      expect(e).toMatchObject({ state: 'attempted', attempts: 1, cycle: 1, runId: 'run-2' });
    });

    it('a verified entry dedupes until its workflow completes (settle) or the resume window ends', async () => {
      const clock = manualClock('2026-08-10T09:00:00Z');
      const r1 = journal('run-1', clock, 24 * HOUR);
      const key = r1.keyFor('st.sendConnectionRequest', person, {});
      await r1.markVerified(await r1.markAttempted(await r1.begin(key)));
      // run-1 crashed before completing: run-2 sees the verified entry.
      expect((await journal('run-2', clock, 24 * HOUR).begin(key)).state).toBe('verified');
      // run-2 completes and settles: a later workflow asking the same is a new intent.
      expect(await journal('run-2', clock, 24 * HOUR).settle()).toBe(1);
      const r3 = journal('run-3', clock, 24 * HOUR);
      expect(await r3.begin(key)).toMatchObject({ state: 'planned', cycle: 2 });
      await r3.markVerified(await r3.markAttempted(`${key.id}#1`));
      // Not settled, but older than the window: new cycle.
      clock.advance(25 * HOUR);
      expect(await journal('run-4', clock, 24 * HOUR).begin(key)).toMatchObject({
        state: 'planned',
        cycle: 3,
      });
    });

    it('an outcome is not an effect: the next begin starts a new cycle', async () => {
      const r1 = journal('run-1');
      const key = r1.keyFor('st.sendConnectionRequest', person, {});
      await r1.markOutcome(await r1.begin(key), 'emailRequired');
      expect(await journal('run-2').begin(key)).toMatchObject({ state: 'planned', cycle: 2 });
    });

    it('numbers identical requests within one run, but a retry before any attempt keeps its number', async () => {
      const j = journal('run-1');
      const key = j.keyFor('st.sendConnectionRequest', person, {});
      const a = await j.begin(key);
      const retry = await j.begin(key); // the action was retried before it attempted anything
      expect(retry.id).toBe(a.id);
      await j.markVerified(await j.markAttempted(retry));
      const second = await j.begin(key); // connect, withdraw, connect again
      expect(second.id).toBe(`${key.id}#2`);
      expect(second.state).toBe('planned');
    });
  });

  describe('runSideEffect', () => {
    it('acts once, writes attempted before the click and verified after it', async () => {
      const page = new FakePage();
      const j = journal('run-1');
      const states: string[] = [];
      const s = spec(j, page, {
        act: async (commitPoint) => {
          states.push((await j.get(`${s.key.id}#1`))?.state ?? 'none');
          await commitPoint();
          states.push((await j.get(`${s.key.id}#1`))?.state ?? 'none');
          page.effects.push(s.key.id);
          return { kind: 'effect' };
        },
      });
      const r = await s.run();
      expect(r.status).toBe('performed');
      expect(states).toEqual(['planned', 'attempted']);
      expect(r.entry.state).toBe('verified');
      expect(page.effects).toHaveLength(1);
    });

    it('does not act again for a verified entry of an unfinished run', async () => {
      const page = new FakePage();
      await spec(journal('run-1'), page).run();
      const again = spec(journal('run-2'), page);
      const r = await again.run();
      expect(r.status).toBe('alreadyVerified');
      expect(again.calls).toEqual({ act: 0, verify: 0 });
      expect(page.effects).toHaveLength(1);
    });

    it('after the workflow completed, the same request is a new intent', async () => {
      const page = new FakePage();
      const r1 = journal('run-1');
      await spec(r1, page).run();
      await r1.settle();
      expect((await spec(journal('run-2'), page).run()).status).toBe('performed');
      expect(page.effects).toHaveLength(2);
    });

    it('an interrupted attempt whose click landed completes as success without a second click', async () => {
      const page = new FakePage();
      const r1 = journal('run-1');
      const key = r1.keyFor('st.sendConnectionRequest', person, { note: 'Hi' });
      await r1.markAttempted(await r1.begin(key));
      page.effects.push(key.id); // the click landed, then the process died
      const s = spec(journal('run-2'), page);
      const r = await s.run();
      expect(r.status).toBe('recovered');
      expect(s.calls).toEqual({ act: 0, verify: 1 });
      expect(page.effects).toHaveLength(1);
    });

    it('an interrupted attempt whose click never landed is made again, once', async () => {
      const page = new FakePage();
      const r1 = journal('run-1');
      const key = r1.keyFor('st.sendConnectionRequest', person, { note: 'Hi' });
      await r1.markAttempted(await r1.begin(key));
      const s = spec(journal('run-2'), page);
      const r = await s.run();
      expect(r.status).toBe('performed');
      expect(r.entry.attempts).toBe(2);
      expect(page.effects).toHaveLength(1);
    });

    it('never clicks when the page cannot be read after an interrupted attempt, nor beyond maxAttempts', async () => {
      const page = new FakePage();
      const r1 = journal('run-1');
      const key = r1.keyFor('st.sendConnectionRequest', person, { note: 'Hi' });
      await r1.markAttempted(await r1.begin(key));
      const unknown = spec(journal('run-2'), page, { verify: async () => 'unknown' });
      expect((await unknown.run()).status).toBe('unverified');
      expect(unknown.calls.act).toBe(0);
      for (let i = 0; i < 2; i++) await store.journalMark(`${key.id}#1`, 1, { to: 'attempted' }, new Date());
      const exhausted = spec(journal('run-3'), page);
      const r = await exhausted.run();
      expect(r.status).toBe('unverified');
      expect(exhausted.calls.act).toBe(0);
    });

    it('records a business outcome without effect', async () => {
      const page = new FakePage();
      const s = spec(journal('run-1'), page, {
        act: async () => ({ kind: 'outcome', outcome: 'alreadyPending' }),
      });
      const r = await s.run();
      expect(r).toMatchObject({ status: 'outcome', outcome: 'alreadyPending' });
      expect(r.entry).toMatchObject({ state: 'outcome', outcome: 'alreadyPending', attempts: 0 });
      expect(page.effects).toHaveLength(0);
    });

    it('rethrows a failure before the commit point (safe to retry) and verifies one after it', async () => {
      const page = new FakePage();
      const before = spec(journal('run-1'), page, {
        act: async () => {
          throw new Error('dialog did not open');
        },
      });
      await expect(before.run()).rejects.toThrow('dialog did not open');
      expect((await store.journalGet(`${before.key.id}#1`))?.state).toBe('planned');

      const landed = spec(journal('run-2'), page, {
        act: async (commitPoint) => {
          await commitPoint();
          page.effects.push(landed.key.id);
          throw new Error('navigation timeout after the click');
        },
      });
      expect((await landed.run()).status).toBe('performed');

      const page2 = new FakePage();
      const lost = spec(journal('run-3'), page2, {
        act: async (commitPoint) => {
          await commitPoint();
          throw new Error('target closed');
        },
      });
      await journal('run-2').settle();
      const r = await lost.run();
      expect(r.status).toBe('unverified');
      if (r.status === 'unverified') expect(String(r.error)).toContain('target closed');
      expect(r.entry.state).toBe('attempted');
    });

    it('lets a session failure after the click unwind, leaving the entry attempted for the next run', async () => {
      const page = new FakePage();
      const s = spec(journal('run-1'), page, {
        act: async (commitPoint) => {
          await commitPoint();
          throw new SessionFailureError('linkedinAccountSignedOut', 'signed out');
        },
      });
      await expect(s.run()).rejects.toBeInstanceOf(SessionFailureError);
      expect((await store.journalGet(`${s.key.id}#1`))?.state).toBe('attempted');
    });

    it('refuses an action that clicks without the commit point', async () => {
      const page = new FakePage();
      const s = spec(journal('run-1'), page, { act: async () => ({ kind: 'effect' }) });
      await expect(s.run()).rejects.toThrow(/commitPoint/);
    });

    it('an unconfirmed click stays attempted and the next run verifies it', async () => {
      const page = new FakePage();
      let landed = false;
      const slow = spec(journal('run-1'), page, {
        act: async (commitPoint) => {
          await commitPoint();
          landed = true; // LinkedIn applies it later than our verify looks
          return { kind: 'effect' };
        },
        verify: async () => 'notDone',
      });
      expect((await slow.run()).status).toBe('unverified');
      if (landed) page.effects.push(slow.key.id);
      const next = spec(journal('run-2'), page);
      expect((await next.run()).status).toBe('recovered');
      expect(next.calls.act).toBe(0);
      expect(page.effects).toHaveLength(1);
    });
  });
});

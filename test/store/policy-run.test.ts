// The runner's view: RunPolicy around actions (budget commit/release by what really happened),
// working hours with the workflow record, the engine guard, and finishing a run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { createPolicy, type Policy, type RunPolicy } from '../../src/engine/policy/policy.ts';
import { parsePolicyConfig } from '../../src/engine/policy/policy-config.ts';
import { runSideEffect, type ActResult } from '../../src/engine/policy/run-side-effect.ts';
import type { HumanPacing } from '../../src/engine/policy/pacing.ts';
import type { ActionOutcome, Subject } from '../../src/engine/types.ts';
import type { WorkflowNode } from '../../src/workflow/workflow-node.ts';
import type { Store } from '../../src/store/store.ts';
import { manualClock } from './helpers.ts';
import { execRaw, openTempStore, STORE_KINDS, type TempStore } from './store-adapters.ts';
import { ACTION_RULES } from '../../src/actions/index.ts';

let store: Store;
let home: string;
let temp: TempStore;
let cleanup: () => Promise<void>;

const person: Subject = { kind: 'person', personUrl: 'https://www.linkedin.com/in/jane' };
const success: ActionOutcome = { kind: 'success' };

function policyAt(
  iso: string,
  config: unknown = {},
): { policy: Policy; clock: ReturnType<typeof manualClock> } {
  const clock = manualClock(iso);
  return {
    policy: createPolicy(store, {
      rules: ACTION_RULES,
      config: parsePolicyConfig(config),
      now: clock.now,
      home,
      env: {},
    }),
    clock,
  };
}

async function dailyConnectUsage(policy: Policy, now: Date): Promise<number | undefined> {
  return (await policy.limits.usage('alice', now)).find(
    (u) => u.category === 'stConnectionRequests' && u.period === 'daily',
  )?.currentUsage;
}

/** A fake sendConnectionRequest under the journal discipline. */
async function fakeConnect(
  run: RunPolicy,
  act: (cp: () => Promise<void>) => Promise<ActResult>,
  verify: () => Promise<'done' | 'notDone'>,
) {
  const journal = run.services().journal;
  return runSideEffect({ journal, key: journal.keyFor('st.sendConnectionRequest', person, {}), act, verify });
}

// The contract suite: everything below runs against SQLite and against PostgreSQL.
describe.each(STORE_KINDS)('%s store', (kind) => {
  beforeEach(async () => {
    cleanup = async () => {};
    temp = await openTempStore(kind);
    ({ store, home, cleanup } = temp);
  });
  afterEach(async () => {
    await cleanup();
  });

  describe('budget follows what really happened', () => {
    it('commits a performed effect and releases an outcome without effect', async () => {
      const { policy, clock } = policyAt('2026-08-10T09:00:00Z');
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      let sent = false;
      const a = await run.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      await fakeConnect(
        run,
        async (cp) => {
          await cp();
          sent = true;
          return { kind: 'effect' };
        },
        async () => (sent ? 'done' : 'notDone'),
      );
      await run.afterAction(a, success);
      expect(await dailyConnectUsage(policy, clock.now())).toBe(1);

      const b = await run.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: { kind: 'person', personUrl: 'https://www.linkedin.com/in/john' },
      });
      const journal = run.services().journal;
      await runSideEffect({
        journal,
        key: journal.keyFor(
          'st.sendConnectionRequest',
          { kind: 'person', personUrl: 'https://www.linkedin.com/in/john' },
          {},
        ),
        act: async () => ({ kind: 'outcome', outcome: 'emailRequired' }),
        verify: async () => 'notDone',
      });
      await run.afterAction(b, { kind: 'failure', error: { type: 'emailRequired', message: 'needs email' } });
      expect(await dailyConnectUsage(policy, clock.now())).toBe(1);
    });

    it('releases when the action failed before its side effect, commits an unconfirmed click', async () => {
      const { policy, clock } = policyAt('2026-08-10T09:00:00Z');
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      const a = await run.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      await run.afterAction(a, {
        kind: 'failure',
        error: { type: 'personNotFound', message: 'no such person' },
      });
      expect(await dailyConnectUsage(policy, clock.now())).toBe(0);

      const b = await run.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      const r = await fakeConnect(
        run,
        async (cp) => {
          await cp();
          return { kind: 'effect' };
        },
        async () => 'notDone',
      );
      expect(r.status).toBe('unverified');
      await run.afterAction(b, {
        kind: 'failure',
        error: { type: 'unexpectedError', message: 'not confirmed' },
      });
      expect(await dailyConnectUsage(policy, clock.now())).toBe(1);
    });

    it('after a crash, the re-run that recovers the earlier click keeps exactly one unit', async () => {
      const { policy, clock } = policyAt('2026-08-10T09:00:00Z', {
        limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 1 }],
      });
      const crashed = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      const a = await crashed.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      expect(a.ok).toBe(true);
      const journal = crashed.services().journal;
      const key = journal.keyFor('st.sendConnectionRequest', person, {});
      await journal.markAttempted(await journal.begin(key));
      // The process died here. Its reservation is still open; make its owner look dead.
      const open = await store.findOpenReservations('alice', key.id);
      expect(open).toHaveLength(1);
      await execRaw(temp, 'UPDATE usage_reservations SET owner_pid = ? WHERE id = ?', [
        2 ** 22 + 4321,
        open[0]?.id,
      ]);

      const rerun = policy.startRun({ account: 'alice', workflowId: 'wf-2' });
      const b = await rerun.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      expect(b.ok && b.adopted).toBe(true); // the only slot is the crashed run's: taken over, not refused
      const r = await fakeConnect(
        rerun,
        async () => ({ kind: 'effect' }),
        async () => 'done',
      );
      expect(r.status).toBe('recovered');
      await rerun.afterAction(b, success);
      expect(await dailyConnectUsage(policy, clock.now())).toBe(1);
      const [res] = await store.findOpenReservations('alice', key.id);
      expect(res).toBeUndefined();
    });

    it('an effect an earlier run already verified and counted uses no new unit', async () => {
      const { policy, clock } = policyAt('2026-08-10T09:00:00Z');
      const first = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      let sent = false;
      const a = await first.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      await fakeConnect(
        first,
        async (cp) => {
          await cp();
          sent = true;
          return { kind: 'effect' };
        },
        async () => (sent ? 'done' : 'notDone'),
      );
      await first.afterAction(a, success);
      // wf-1 crashed before it completed; wf-2 runs the same workflow again.
      const second = policy.startRun({ account: 'alice', workflowId: 'wf-2' });
      const b = await second.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      const r = await fakeConnect(
        second,
        async () => ({ kind: 'effect' }),
        async () => 'done',
      );
      expect(r.status).toBe('alreadyVerified');
      await second.afterAction(b, success);
      expect(await dailyConnectUsage(policy, clock.now())).toBe(1);
    });

    it('keeps the budget of a side-effecting action that succeeded without using the journal', async () => {
      const { policy, clock } = policyAt('2026-08-10T09:00:00Z');
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      const a = await run.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      await run.afterAction(a, success);
      const b = await run.beforeAction({
        actionType: 'st.sendConnectionRequest',
        params: {},
        subject: person,
      });
      await run.afterAction(b, { kind: 'failure', error: { type: 'alreadyPending', message: 'pending' } });
      expect(await dailyConnectUsage(policy, clock.now())).toBe(1);
    });

    it('counts reading actions on success and not on a clean failure', async () => {
      const { policy, clock } = policyAt('2026-08-10T09:00:00Z');
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      const views = async () =>
        (await policy.limits.usage('alice', clock.now())).find(
          (u) => u.category === 'stPersonProfileViews' && u.period === 'daily',
        )?.currentUsage;
      const a = await run.beforeAction({
        actionType: 'st.openPersonPage',
        params: { personUrl: person.personUrl },
      });
      await run.afterAction(a, success);
      const b = await run.beforeAction({
        actionType: 'st.openPersonPage',
        params: { personUrl: person.personUrl },
      });
      await run.afterAction(b, { kind: 'failure', error: { type: 'personNotFound', message: 'x' } });
      expect(await views()).toBe(1);
    });
  });

  describe('the engine guard', () => {
    it('refuses over the limit before the action runs and settles after it', async () => {
      const { policy, clock } = policyAt('2026-08-10T09:00:00Z', {
        limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 1 }],
      });
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      const guard = run.guard();
      const node: WorkflowNode = {
        actionType: 'st.openPersonPage',
        params: {},
        then: [],
        thenIsArray: false,
        path: '[0]',
      };
      const connect: WorkflowNode = { ...node, actionType: 'st.sendConnectionRequest', path: '[0].then[0]' };
      const v1 = await guard.before(connect, person);
      expect(v1.ok).toBe(true);
      if (v1.ok)
        await v1.ticket?.settle({ kind: 'failure', error: { type: 'personNotFound', message: 'x' } });
      // failed before any journal entry: nothing was attempted → released
      expect(await dailyConnectUsage(policy, clock.now())).toBe(0);
      const v2 = await guard.before(connect, person);
      const v3 = await guard.before(
        { ...connect, path: '[1]' },
        { kind: 'person', personUrl: 'https://www.linkedin.com/in/other' },
      );
      expect(v2.ok).toBe(true);
      expect(v3).toMatchObject({ ok: false, error: { type: 'limitExceeded' } });
    });
  });

  describe('working hours and the workflow record', () => {
    const hours = {
      workingHours: {
        timezone: 'Europe/Berlin',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        start: '09:00',
        end: '18:00',
      },
    };

    it("policy 'pending': the record says pending/outsideWorkingHours while it waits, then running", async () => {
      const clock = manualClock('2026-08-15T10:00:00Z'); // Saturday
      const seen: unknown[] = [];
      const policy = createPolicy(store, {
        rules: ACTION_RULES,
        config: parsePolicyConfig(hours),
        now: clock.now,
        home,
        env: {},
        sleep: async (ms) => {
          const wf = await store.getWorkflow('wf-1');
          seen.push({ status: wf?.status, pendingReason: wf?.pendingReason, message: wf?.message });
          clock.advance(ms);
        },
      });
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      await run.recordStart();
      const logged: string[] = [];
      const log = {
        info: (_o: unknown, msg: string) => logged.push(msg),
      } as unknown as import('pino').Logger;
      const gate = await run.awaitWorkingHours({ log });
      expect(gate.ok).toBe(true);
      expect(clock.now().toISOString()).toBe('2026-08-17T07:00:00.000Z');
      expect(seen[0]).toEqual({
        status: 'pending',
        pendingReason: 'outsideWorkingHours',
        message:
          'The workflow will start when the account working hours open at Mon, Aug 17, 09:00 (Europe/Berlin).',
      });
      expect(logged[0]).toContain('2026-08-17T07:00:00.000Z');
      const wf = await store.getWorkflow('wf-1');
      expect(wf).toMatchObject({
        status: 'running',
        pendingReason: null,
        message: null,
        ownerPid: process.pid,
        ownerHost: hostname(),
      });
    });

    it("policy 'reject': fails at once with outsideWorkingHours", async () => {
      const { policy } = policyAt('2026-08-15T10:00:00Z', {
        accounts: { alice: { workingHours: { ...hours.workingHours, offHoursPolicy: 'reject' } } },
      });
      const gate = await policy.startRun({ account: 'alice', workflowId: 'wf-1' }).awaitWorkingHours();
      expect(gate).toMatchObject({ ok: false, failure: { reason: 'outsideWorkingHours' } });
      if (!gate.ok) expect(gate.failure.message).toContain('Mon, Aug 17, 09:00 (Europe/Berlin)');
      // Another account without working hours is always open.
      expect(await policy.startRun({ account: 'bob', workflowId: 'wf-2' }).awaitWorkingHours()).toEqual({
        ok: true,
        waitedMs: 0,
      });
    });

    it('finish: completed settles the journal and stores the completion; failed keeps entries for a re-run', async () => {
      const { policy } = policyAt('2026-08-10T09:00:00Z');
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      await run.recordStart({ definitionHash: 'h1' });
      let sent = false;
      await fakeConnect(
        run,
        async (cp) => {
          await cp();
          sent = true;
          return { kind: 'effect' };
        },
        async () => (sent ? 'done' : 'notDone'),
      );
      await run.finish({
        status: 'failed',
        failure: { reason: 'linkedinAccountSignedOut', message: 'signed out' },
      });
      expect(await store.getWorkflow('wf-1')).toMatchObject({
        status: 'failed',
        failure: { reason: 'linkedinAccountSignedOut' },
      });
      expect((await store.journalList({ runId: 'wf-1' }))[0]?.settledAt).toBeNull();

      const again = policy.startRun({ account: 'alice', workflowId: 'wf-2' });
      await again.recordStart({ definitionHash: 'h1' });
      expect(
        (
          await fakeConnect(
            again,
            async () => ({ kind: 'effect' }),
            async () => 'done',
          )
        ).status,
      ).toBe('alreadyVerified');
      const completion = [{ actionType: 'st.sendConnectionRequest', success: true }];
      await again.finish({ status: 'completed', completion });
      expect(await store.getWorkflow('wf-2')).toMatchObject({ status: 'completed', completion });
      expect((await store.journalList({ runId: 'wf-2' }))[0]?.settledAt).not.toBeNull();
    });

    it('exposes journal, limits, pacing, conversations and network services; pacing follows LINKWRIGHT_PACING', () => {
      const { policy } = policyAt('2026-08-10T09:00:00Z');
      const s = policy.startRun({ account: 'alice', workflowId: 'wf-1' }).services();
      expect(Object.keys(s).sort()).toEqual(['conversations', 'journal', 'limits', 'network', 'pacing']);
      expect((s.pacing as HumanPacing).enabled).toBe(true); // env {}: a real run
      const off = createPolicy(store, {
        rules: ACTION_RULES,
        config: {},
        home,
        env: { LINKWRIGHT_PACING: 'off' },
      });
      expect(
        (off.startRun({ account: 'alice', workflowId: 'wf-2' }).services().pacing as HumanPacing).enabled,
      ).toBe(false);
    });
  });
});

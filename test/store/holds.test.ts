// LinkedIn's own limits as holds: the weekly invitation limit (until Monday 00:00 UTC) and the
// personalised-note quota (until the 1st 00:00 UTC, only for requests with a note).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultHoldUntil, describeHolds, HoldService } from '../../src/engine/policy/holds.ts';
import { createPolicy } from '../../src/engine/policy/policy.ts';
import type { Store } from '../../src/store/store.ts';
import { manualClock } from './helpers.ts';
import { openTempStore, STORE_KINDS } from './store-adapters.ts';
import { ACTION_RULES } from '../../src/actions/index.ts';
import { holdKindsFor } from '../support/action-services.ts';

let store: Store;
let home: string;
let env: Record<string, string>;
let cleanup: () => Promise<void>;

const withNote = { personUrl: 'https://www.linkedin.com/in/jane', note: 'Hi Jane' };
const withoutNote = { personUrl: 'https://www.linkedin.com/in/jane' };

describe('hold times', () => {
  it('weekly limit: next Monday 00:00 UTC; note quota: next 1st 00:00 UTC', () => {
    expect(defaultHoldUntil('weeklyInvitationLimit', new Date('2026-08-12T15:30:00Z')).toISOString()).toBe(
      '2026-08-17T00:00:00.000Z',
    );
    // On a Monday the reset is the following Monday, never the same instant.
    expect(defaultHoldUntil('weeklyInvitationLimit', new Date('2026-08-10T00:00:00Z')).toISOString()).toBe(
      '2026-08-17T00:00:00.000Z',
    );
    expect(defaultHoldUntil('noteQuota', new Date('2026-12-31T23:59:00Z')).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(defaultHoldUntil('noteQuota', new Date('2026-02-01T00:00:00Z')).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });
});

// The contract suite: everything below runs against SQLite and against PostgreSQL.
describe.each(STORE_KINDS)('%s store', (kind) => {
  beforeEach(async () => {
    cleanup = async () => {};
    ({ store, home, env, cleanup } = await openTempStore(kind));
  });
  afterEach(async () => {
    await cleanup();
  });

  describe('weekly invitation limit scenario', () => {
    it('holds every connection request until the weekly reset with requestNotAllowed and the time', async () => {
      const clock = manualClock('2026-08-12T15:30:00Z'); // Wednesday
      const policy = createPolicy(store, { rules: ACTION_RULES, config: {}, now: clock.now, home });
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      // The action saw LinkedIn's weekly-limit dialog and reports it through services.limits.
      await run.limitsService.placeHold('weeklyInvitationLimit', 'ip-fuse-limit-alert shown');

      for (const params of [withNote, withoutNote]) {
        const adm = await run.beforeAction({ actionType: 'st.sendConnectionRequest', params });
        expect(adm.ok).toBe(false);
        if (adm.ok) continue;
        expect(adm.error.type).toBe('requestNotAllowed');
        expect(adm.error.message).toContain('2026-08-17T00:00:00.000Z');
      }
      // Other actions are not held, and no budget was taken by the refused requests.
      expect((await run.beforeAction({ actionType: 'st.withdrawConnectionRequest', params: {} })).ok).toBe(
        true,
      );
      const usage = await policy.limits.usage('alice', clock.now());
      expect(
        usage.find((u) => u.category === 'stConnectionRequests' && u.period === 'daily')?.currentUsage,
      ).toBe(0);

      // Sunday 23:59:59 UTC still held; Monday 00:00 UTC free again.
      clock.set('2026-08-16T23:59:59Z');
      expect(
        (await run.beforeAction({ actionType: 'st.sendConnectionRequest', params: withoutNote })).ok,
      ).toBe(false);
      clock.set('2026-08-17T00:00:00Z');
      expect(
        (await run.beforeAction({ actionType: 'st.sendConnectionRequest', params: withoutNote })).ok,
      ).toBe(true);
    });

    it('is placed by afterAction when the action reports hold: weeklyInvitationLimit', async () => {
      const clock = manualClock('2026-08-12T15:30:00Z');
      const policy = createPolicy(store, { rules: ACTION_RULES, config: {}, now: clock.now, home });
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      const adm = await run.beforeAction({ actionType: 'st.sendConnectionRequest', params: withoutNote });
      await run.afterAction(adm, {
        kind: 'failure',
        error: { type: 'requestNotAllowed', message: "LinkedIn's weekly invitation limit has been reached." },
        hold: 'weeklyInvitationLimit',
      });
      const next = await run.beforeAction({ actionType: 'st.sendConnectionRequest', params: withoutNote });
      expect(next).toMatchObject({ ok: false, error: { type: 'requestNotAllowed' } });
      if (!next.ok) expect(next.error.message).toContain('until 2026-08-17T00:00:00.000Z (UTC)');
      // The refused request used no budget.
      expect(
        (await policy.limits.usage('alice', clock.now())).find(
          (u) => u.category === 'stConnectionRequests' && u.period === 'daily',
        )?.currentUsage,
      ).toBe(0);
    });

    it('is visible through describeHolds for `linkwright accounts`', async () => {
      const holds = new HoldService(store, ACTION_RULES);
      await holds.place('alice', 'weeklyInvitationLimit', { now: new Date('2026-08-12T15:30:00Z') });
      const described = await describeHolds('alice', ACTION_RULES, {
        store,
        now: new Date('2026-08-13T00:00:00Z'),
      });
      expect(described).toEqual([
        expect.objectContaining({
          kind: 'weeklyInvitationLimit',
          until: '2026-08-17T00:00:00.000Z',
          affects: 'st.sendConnectionRequest',
          errorType: 'requestNotAllowed',
        }),
      ]);
      // Opening by home works too (the accounts command has no store at hand): the SQLite file under
      // home, or the database LINKWRIGHT_DATABASE_URL names.
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      try {
        expect(
          await describeHolds('alice', ACTION_RULES, { home, now: new Date('2026-08-13T00:00:00Z') }),
        ).toHaveLength(1);
      } finally {
        vi.unstubAllEnvs();
      }
      expect(
        await describeHolds('alice', ACTION_RULES, { store, now: new Date('2026-08-17T00:00:00Z') }),
      ).toEqual([]);
    });

    it('keeps the later time when the limit is seen again', async () => {
      const holds = new HoldService(store, ACTION_RULES);
      await holds.place('alice', 'weeklyInvitationLimit', {
        now: new Date('2026-08-12T00:00:00Z'),
        until: new Date('2026-08-20T00:00:00Z'),
      });
      const h = await holds.place('alice', 'weeklyInvitationLimit', {
        now: new Date('2026-08-13T00:00:00Z'),
      });
      expect(h.until.toISOString()).toBe('2026-08-20T00:00:00.000Z');
    });
  });

  describe('personalised-note quota scenario', () => {
    it('a noteLimitExceeded outcome holds requests WITH a note until the month turns', async () => {
      const clock = manualClock('2026-08-20T10:00:00Z');
      const policy = createPolicy(store, { rules: ACTION_RULES, config: {}, now: clock.now, home });
      const run = policy.startRun({ account: 'alice', workflowId: 'wf-1' });
      const adm = await run.beforeAction({ actionType: 'st.sendConnectionRequest', params: withNote });
      expect(adm.ok).toBe(true);
      // The action met LinkedIn's Premium upsell for notes and reported noteLimitExceeded (no effect).
      await run.afterAction(adm, {
        kind: 'failure',
        error: { type: 'noteLimitExceeded', message: 'quota used up' },
      });

      const held = await run.beforeAction({ actionType: 'st.sendConnectionRequest', params: withNote });
      expect(held.ok).toBe(false);
      if (!held.ok) {
        expect(held.error.type).toBe('noteLimitExceeded');
        expect(held.error.message).toContain('2026-09-01T00:00:00.000Z');
      }
      // Without a note the request still goes; an empty note is no note.
      expect(
        (await run.beforeAction({ actionType: 'st.sendConnectionRequest', params: withoutNote })).ok,
      ).toBe(true);
      expect(
        (
          await run.beforeAction({
            actionType: 'st.sendConnectionRequest',
            params: { ...withoutNote, note: '' },
          })
        ).ok,
      ).toBe(true);
      // The refused action used no budget (released), the two admitted ones hold one unit each.
      const usage = await policy.limits.usage('alice', clock.now());
      expect(
        usage.find((u) => u.category === 'stConnectionRequests' && u.period === 'daily')?.currentUsage,
      ).toBe(2);

      clock.set('2026-09-01T00:00:00Z');
      expect((await run.beforeAction({ actionType: 'st.sendConnectionRequest', params: withNote })).ok).toBe(
        true,
      );
    });

    it('reports the weekly hold first when both apply', async () => {
      const holds = new HoldService(store, ACTION_RULES);
      const now = new Date('2026-08-20T10:00:00Z');
      await holds.place('alice', 'noteQuota', { now });
      await holds.place('alice', 'weeklyInvitationLimit', { now });
      expect(
        (await holds.check('alice', holdKindsFor('st.sendConnectionRequest', withNote), now))?.type,
      ).toBe('requestNotAllowed');
      expect(await holds.clear('alice', 'weeklyInvitationLimit')).toBe(true);
      expect(
        (await holds.check('alice', holdKindsFor('st.sendConnectionRequest', withNote), now))?.type,
      ).toBe('noteLimitExceeded');
      expect(
        await holds.check('alice', holdKindsFor('st.sendConnectionRequest', withoutNote), now),
      ).toBeNull();
    });
  });
});

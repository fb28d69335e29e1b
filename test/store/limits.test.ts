import { categoriesFor } from '../support/action-services.ts';
import { ACTION_RULES } from '../../src/actions/index.ts';
import { actionTypesCounting } from '../../src/engine/action-rules.ts';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/engine/policy/limit-catalog.ts';
import { LimitService, isOwnerGone } from '../../src/engine/policy/limits.ts';
import { periodEnd, periodStart } from '../../src/engine/policy/periods.ts';
import { parsePolicyConfig } from '../../src/engine/policy/policy-config.ts';
import type { Store } from '../../src/store/store.ts';
import { openTempStore, STORE_KINDS } from './store-adapters.ts';

import { spawnZombie } from '../support/zombie.ts';

let store: Store;
let cleanup: () => Promise<void>;

const connect = { personUrl: 'https://www.linkedin.com/in/jane' };
const at = (iso: string) => new Date(iso);

function reserveConnect(svc: LimitService, now: Date, runId = 'run-1', params: Record<string, unknown> = {}) {
  return svc.reserve({
    account: 'alice',
    categories: categoriesFor('st.sendConnectionRequest', params),
    key: null,
    runId,
    now,
  });
}

describe('UTC periods', () => {
  it('day from 00:00 UTC, week from Monday 00:00 UTC, month from the 1st', () => {
    // 2026-08-09 is a Sunday.
    const sunLate = at('2026-08-09T23:59:59.999Z');
    expect(periodStart('daily', sunLate).toISOString()).toBe('2026-08-09T00:00:00.000Z');
    expect(periodStart('weekly', sunLate).toISOString()).toBe('2026-08-03T00:00:00.000Z');
    expect(periodEnd('weekly', sunLate).toISOString()).toBe('2026-08-10T00:00:00.000Z');
    const monMidnight = at('2026-08-10T00:00:00.000Z');
    expect(periodStart('weekly', monMidnight).toISOString()).toBe('2026-08-10T00:00:00.000Z');
    expect(periodEnd('weekly', monMidnight).toISOString()).toBe('2026-08-17T00:00:00.000Z');
    expect(periodStart('monthly', at('2026-12-31T23:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(periodEnd('monthly', at('2026-12-31T23:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(periodEnd('daily', at('2028-02-28T12:00:00Z')).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});

describe('action → category mapping', () => {
  it('comes from the action modules', () => {
    expect(categoriesFor('st.sendConnectionRequest', {})).toEqual(['stConnectionRequests']);
    expect(categoriesFor('st.sendConnectionRequest', connect)).toEqual([
      'stConnectionRequests',
      'stPersonProfileViews',
    ]);
    expect(categoriesFor('st.openPersonPage', connect)).toEqual(['stPersonProfileViews']);
    expect(categoriesFor('st.checkConnectionStatus', connect)).toEqual(['stPersonProfileViews']);
    // Under st.openPersonPage the parent opened (and counted) the profile.
    expect(categoriesFor('st.checkConnectionStatus', {})).toEqual([]);
    expect(categoriesFor('st.withdrawConnectionRequest', {})).toEqual([]);
    expect(categoriesFor('st.retrievePendingRequests', {})).toEqual([]);
    // A reply by threadId visits no profile.
    expect(categoriesFor('st.sendMessage', { threadId: 't1', text: 'x' })).toEqual(['stMessages']);
    // Read-only syncs count toward nothing but the profile view at the root.
    expect(categoriesFor('st.syncConversation', {})).toEqual([]);
    expect(categoriesFor('st.syncInbox', {})).toEqual([]);
    // An action without a module (not implemented yet) never runs and counts toward nothing.
    expect(categoriesFor('st.searchPeople', { term: 'x' })).toEqual([]);
  });

  it('says which action types count toward a category, and when', () => {
    expect(actionTypesCounting(ACTION_RULES, 'stPersonProfileViews')).toEqual(
      expect.arrayContaining([
        'st.openPersonPage',
        'st.checkConnectionStatus (root, with personUrl)',
        'st.sendConnectionRequest (root, with personUrl)',
        'st.withdrawConnectionRequest (root, with personUrl)',
        'st.removeConnection (root, with personUrl)',
        'st.sendMessage (root, with personUrl)',
        'st.syncConversation (root, with personUrl)',
      ]),
    );
    expect(actionTypesCounting(ACTION_RULES, 'stConnectionRequests')).toEqual(['st.sendConnectionRequest']);
  });

  it('has defaults of 20/day and 90/week for connection requests, each with a reason', () => {
    const cr = DEFAULT_LIMITS.filter((l) => l.category === 'stConnectionRequests');
    expect(cr.map((l) => [l.period, l.maxValue])).toEqual([
      ['daily', 20],
      ['weekly', 90],
    ]);
    for (const l of DEFAULT_LIMITS) expect(l.why.length).toBeGreaterThan(20);
  });
});

// The contract suite: everything below runs against SQLite and against PostgreSQL.
describe.each(STORE_KINDS)('%s store', (kind) => {
  beforeEach(async () => {
    cleanup = async () => {};
    ({ store, cleanup } = await openTempStore(kind));
  });
  afterEach(async () => {
    await cleanup();
  });

  describe('effective limits', () => {
    it('layer defaults ← config defaults ← config account ← limits set', async () => {
      const config = parsePolicyConfig({
        limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 12 }],
        accounts: {
          alice: { limits: [{ category: 'stConnectionRequests', period: 'weekly', maxValue: 50 }] },
        },
      });
      const svc = new LimitService(store, config);
      await svc.setLimits(
        'alice',
        [{ category: 'stMessages', period: 'daily', maxValue: 5, isEnabled: false }],
        at('2026-08-10T08:00:00Z'),
      );
      const eff = await svc.effectiveLimits('alice');
      const get = (c: string, p: string) => eff.find((l) => l.category === c && l.period === p);
      expect(get('stConnectionRequests', 'daily')).toMatchObject({ maxValue: 12, source: 'config' });
      expect(get('stConnectionRequests', 'weekly')).toMatchObject({ maxValue: 50, source: 'config' });
      expect(get('stMessages', 'daily')).toMatchObject({ maxValue: 5, isEnabled: false, source: 'account' });
      expect(get('stPosts', 'daily')).toMatchObject({ maxValue: 5, source: 'default' });
      // Bob has no own entries: only the config defaults apply.
      const bob = await svc.effectiveLimits('bob');
      expect(bob.find((l) => l.category === 'stConnectionRequests' && l.period === 'weekly')).toMatchObject({
        maxValue: 90,
        source: 'default',
      });
      await svc.resetLimits('alice');
      expect(
        (await svc.effectiveLimits('alice')).find((l) => l.category === 'stMessages' && l.period === 'daily'),
      ).toMatchObject({
        maxValue: 50,
        source: 'default',
      });
    });

    it('rejects an unknown category in the config file', () => {
      expect(() =>
        parsePolicyConfig({ limits: [{ category: 'stInvites', period: 'daily', maxValue: 1 }] }),
      ).toThrow(/limits\.0\.category/);
      expect(() =>
        parsePolicyConfig({
          limits: [{ category: 'stPosts', period: 'daily', maxValue: 1, isEnabeld: true }],
        }),
      ).toThrow(/isEnabeld/);
    });
  });

  describe('reserve → commit | release', () => {
    it('fails with limitExceeded at the limit and names the period, usage and reset time', async () => {
      const svc = new LimitService(store, {
        limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 2, isEnabled: true }],
      });
      const now = at('2026-08-10T09:00:00Z');
      const a = await reserveConnect(svc, now);
      const b = await reserveConnect(svc, now);
      expect(a.ok && b.ok).toBe(true);
      const c = await reserveConnect(svc, now);
      expect(c.ok).toBe(false);
      if (c.ok) return;
      expect(c.error.type).toBe('limitExceeded');
      expect(c.error.message).toContain('daily stConnectionRequests');
      expect(c.error.message).toContain('(2/2)');
      expect(c.error.message).toContain('2026-08-11T00:00:00.000Z');
    });

    it('gives the unit back on release, keeps it on commit', async () => {
      const svc = new LimitService(store, {
        limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 1, isEnabled: true }],
      });
      const now = at('2026-08-10T09:00:00Z');
      const a = await reserveConnect(svc, now);
      if (!a.ok || !a.reservation) throw new Error('expected a reservation');
      expect((await reserveConnect(svc, now)).ok).toBe(false);
      expect(await svc.release(a.reservation, now)).toBe(true);
      expect(await svc.release(a.reservation, now)).toBe(false); // already released
      const b = await reserveConnect(svc, now);
      if (!b.ok || !b.reservation) throw new Error('expected a reservation');
      expect(await svc.commit(b.reservation, now)).toBe(true);
      expect(await svc.release(b.reservation, now)).toBe(false); // committed stays committed
      expect((await reserveConnect(svc, now)).ok).toBe(false);
    });

    it('counts a new day, week and month from their UTC boundaries', async () => {
      const svc = new LimitService(store, {
        limits: [
          { category: 'stConnectionRequests', period: 'daily', maxValue: 1, isEnabled: true },
          { category: 'stConnectionRequests', period: 'weekly', maxValue: 2, isEnabled: true },
        ],
      });
      expect((await reserveConnect(svc, at('2026-08-08T23:59:59Z'))).ok).toBe(true); // Saturday
      expect((await reserveConnect(svc, at('2026-08-09T00:00:00Z'))).ok).toBe(true); // Sunday: new day, same week
      const third = await reserveConnect(svc, at('2026-08-09T10:00:00Z'));
      expect(third.ok).toBe(false);
      const monday = await reserveConnect(svc, at('2026-08-10T00:00:00Z'));
      expect(monday.ok).toBe(true); // new week
      const usage = await svc.usage('alice', at('2026-08-10T01:00:00Z'));
      const weekly = usage.find((u) => u.category === 'stConnectionRequests' && u.period === 'weekly');
      expect(weekly).toMatchObject({ currentUsage: 1, maxValue: 2, resetsAt: '2026-08-17T00:00:00.000Z' });
    });

    it('takes all categories or none', async () => {
      const svc = new LimitService(store, {
        limits: [{ category: 'stPersonProfileViews', period: 'daily', maxValue: 0, isEnabled: true }],
      });
      const now = at('2026-08-10T09:00:00Z');
      const r = await reserveConnect(svc, now, 'run-1', connect);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.exceeded.category).toBe('stPersonProfileViews');
      const usage = await svc.usage('alice', now);
      expect(
        usage.find((u) => u.category === 'stConnectionRequests' && u.period === 'daily')?.currentUsage,
      ).toBe(0);
    });

    it('does not enforce a disabled limit but still counts it', async () => {
      const svc = new LimitService(store, {
        limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 0, isEnabled: false }],
      });
      const now = at('2026-08-10T09:00:00Z');
      expect((await reserveConnect(svc, now)).ok).toBe(true);
      expect(
        (await svc.usage('alice', now)).find(
          (u) => u.category === 'stConnectionRequests' && u.period === 'daily',
        )?.currentUsage,
      ).toBe(1);
    });

    it('uses no budget for actions without a category', async () => {
      const svc = new LimitService(store, {});
      const r = await svc.reserve({
        account: 'alice',
        categories: categoriesFor('st.withdrawConnectionRequest', {}),
        key: null,
        runId: 'r',
        now: new Date(),
      });
      expect(r).toEqual({ ok: true, reservation: null, adopted: false });
    });

    it('lets a re-run adopt the open reservation a dead process left for the same request', async () => {
      const svc = new LimitService(store, {
        limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 1, isEnabled: true }],
      });
      const now = at('2026-08-10T09:00:00Z');
      // A crashed process (pid that cannot exist) reserved the only slot for key K.
      await store.reserveUsage({
        account: 'alice',
        key: 'K',
        runId: 'crashed-run',
        owner: { pid: 2 ** 22 + 12345, host: hostname() },
        categories: ['stConnectionRequests'],
        checks: [],
        now,
      });
      const other = await svc.reserve({
        account: 'alice',
        categories: categoriesFor('st.sendConnectionRequest', {}),
        key: 'OTHER',
        runId: 'rerun',
        now,
      });
      expect(other.ok).toBe(false);
      const same = await svc.reserve({
        account: 'alice',
        categories: categoriesFor('st.sendConnectionRequest', {}),
        key: 'K',
        runId: 'rerun',
        now,
      });
      expect(same.ok && same.adopted).toBe(true);
      if (same.ok && same.reservation) expect(same.reservation.runId).toBe('rerun');
      // A second re-run that saw the same dead owner cannot take it too: the slot is gone.
      const late = await store.reserveUsage({
        account: 'alice',
        key: 'K',
        runId: 'rerun-2',
        owner: { pid: process.pid, host: hostname() },
        categories: ['stConnectionRequests'],
        checks: [
          {
            category: 'stConnectionRequests',
            period: 'daily',
            maxValue: 1,
            since: periodStart('daily', now),
          },
        ],
        now,
        adopt: {
          id: same.ok && same.reservation ? same.reservation.id : '',
          ownerPid: 2 ** 22 + 12345,
          ownerHost: hostname(),
        },
      });
      expect(late.ok).toBe(false);
    });

    it.runIf(process.platform === 'linux')(
      'adopts a reservation whose owner is a zombie (killed, not reaped)',
      async () => {
        const zombie = await spawnZombie();
        try {
          expect(isOwnerGone({ pid: zombie.pid, host: hostname(), createdAt: new Date() }, new Date())).toBe(
            true,
          );
        } finally {
          zombie.stop();
        }
      },
    );

    it('never adopts a reservation whose owner is alive', () => {
      expect(isOwnerGone({ pid: process.pid, host: hostname(), createdAt: new Date() }, new Date())).toBe(
        false,
      );
      expect(isOwnerGone({ pid: process.ppid, host: hostname(), createdAt: new Date() }, new Date())).toBe(
        false,
      );
      expect(
        isOwnerGone(
          { pid: 1, host: 'elsewhere', createdAt: new Date(Date.now() - 2 * 3_600_000) },
          new Date(),
        ),
      ).toBe(true);
      expect(isOwnerGone({ pid: 1, host: 'elsewhere', createdAt: new Date() }, new Date())).toBe(false);
    });
  });
});

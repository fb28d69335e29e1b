// st.syncNetwork on the recorded LinkedIn: the first sync is a baseline (nothing reported), later syncs
// report each change once — an invitation of ours accepted, a connection we did not invite, a received
// invitation — in both front ends; no change reports nothing; the Sent tab is read through its pages
// (many-pending: Load more / ?page=N); an unrecognised list page is unexpectedError and a signed-out
// session a session failure, neither registering the sync.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyPending } from '../../fixtures/replay/scenarios/cast.ts';
import { syncNetwork } from '../../src/actions/st/sync-network.ts';
import { SessionFailureError } from '../../src/errors/error-types.ts';
import type { SqliteStore } from '../../src/store/sqlite-store.ts';
import { tempStore } from '../store/helpers.ts';
import {
  launchBrowser,
  openReplaySession,
  runHandler,
  type ReplaySession,
} from '../support/replay-session.ts';

let browser: Browser;
let store: SqliteStore;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ store, cleanup } = tempStore());
});
afterAll(async () => {
  await browser?.close();
  await cleanup?.();
});

let accounts = 0;
const sync = (s: ReplaySession, account: string) =>
  runHandler(syncNetwork, s, { services: { network: { account, repo: store, now: () => new Date() } } });
const events = async (account: string) =>
  (await store.listNetworkEvents({ account })).map((e) => [e.type, e.personUrl]).sort();
const url = (v: string) => `https://www.linkedin.com/in/${v}`;

/**
 * The demo's one connection (person4) gets a second one before the baseline: the SDUI list's cards are
 * found as the siblings between separators, and the replay renders no separator for a single card.
 */
async function openNetwork(scenario: string, frontEnd: 'sdui' | 'ember'): Promise<ReplaySession> {
  const s = await openReplaySession(browser, { scenario, frontEnd });
  expect(s.replay.networkChange('connect', 'person5')).toBe('done');
  return s;
}

describe.each(['sdui', 'ember'] as const)('st.syncNetwork (%s)', (frontEnd) => {
  it('reports an accepted invitation, a new connection and a received invitation exactly once', async () => {
    const account = `net-${frontEnd}-${++accounts}`;
    const s = await openNetwork('demo', frontEnd);
    try {
      expect(await sync(s, account)).toEqual({ kind: 'success' });
      expect(await store.listNetworkEvents({ account })).toEqual([]); // the baseline reports nothing
      const people = new Map((await store.listNetworkPeople(account)).map((p) => [p.person, p]));
      expect(people.get('johndoe')).toMatchObject({ pendingSent: true, connected: false });
      expect(people.get('person4')).toMatchObject({ connected: true, pendingSent: false });
      expect(people.get('person5')).toMatchObject({ connected: true });
      expect((await store.getNetworkSync(account))?.lastSyncedAt).not.toBeNull();

      expect(s.replay.networkChange('accept', 'johndoe')).toBe('done');
      expect(s.replay.networkChange('connect', 'person2')).toBe('done');
      expect(s.replay.networkChange('invite', 'person1')).toBe('done');
      expect(await sync(s, account)).toEqual({ kind: 'success' });
      const expected = [
        ['connectionAccepted', url('johndoe')],
        ['connectionAdded', url('person2')],
        ['connectionRequestReceived', url('person1')],
      ];
      expect(await events(account)).toEqual(expected);

      expect(await sync(s, account)).toEqual({ kind: 'success' }); // nothing new: nothing added
      expect(await events(account)).toEqual(expected);
      expect(s.replay.effects()).toEqual([]); // read-only
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('no change between two syncs reports nothing', async () => {
    const account = `net-${frontEnd}-${++accounts}`;
    const s = await openNetwork('demo', frontEnd);
    try {
      expect(await sync(s, account)).toEqual({ kind: 'success' });
      expect(await sync(s, account)).toEqual({ kind: 'success' });
      expect(await store.listNetworkEvents({ account })).toEqual([]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('reads the Sent tab through its pages: the oldest invitation, accepted, is connectionAccepted', async () => {
    const account = `net-${frontEnd}-${++accounts}`;
    const oldest = manyPending(24).at(-1)!.vanity; // on the Sent tab's third page (10 a page)
    const s = await openNetwork('many-pending', frontEnd);
    try {
      expect(await sync(s, account)).toEqual({ kind: 'success' });
      const pending = (await store.listNetworkPeople(account)).filter((p) => p.pendingSent);
      expect(pending).toHaveLength(27);
      expect(s.replay.networkChange('accept', oldest)).toBe('done');
      expect(await sync(s, account)).toEqual({ kind: 'success' });
      expect(await events(account)).toEqual([['connectionAccepted', url(oldest)]]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('st.syncNetwork errors', () => {
  it('a Sent tab that ends on another page is unexpectedError with a capture; the sync is not registered', async () => {
    const account = `net-err-${++accounts}`;
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      // The Sent tab's address ends on a LinkedIn page outside our vocabulary (as after a redirect).
      await s.context.route(/\/mynetwork\/invitation-manager\/sent\//, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><body><script>history.replaceState(null, "", "/premium/products/")</script><main><h1>Something else</h1></main></body></html>',
        }),
      );
      const out = await runHandler(syncNetwork, s, {
        services: {
          network: { account, repo: store, now: () => new Date() },
          timeouts: { hydrationMs: 2_000 },
        },
      });
      expect(out).toMatchObject({ kind: 'failure', error: { type: 'unexpectedError' } });
      expect(s.captures).toHaveLength(1);
      expect(await store.getNetworkSync(account)).toBeNull();
    } finally {
      await s.close();
    }
  });

  it('a signed-out session is a session failure; the sync is not registered', async () => {
    const account = `net-err-${++accounts}`;
    const s = await openReplaySession(browser, { scenario: 'signed-out' });
    try {
      const err = await sync(s, account).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SessionFailureError);
      expect(await store.getNetworkSync(account)).toBeNull();
    } finally {
      await s.close();
    }
  });
});

// nv.syncInbox on the recorded Sales Navigator: registers the Sales Navigator inbox (apart from the
// standard one) and reads /sales/inbox/'s list into the store — the first read a baseline, later reads only
// what is new, each message once — without ever opening a conversation (opening one marks it read);
// `inbox poll` with type nv reports only what arrived after the sync began. noSalesNavigator without a
// seat, with nothing registered.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nvSendMessage } from '../../src/actions/nv/send-message.ts';
import { nvSyncInbox, salesThreadConversationKey } from '../../src/actions/nv/sync-inbox.ts';
import { pollInbox } from '../../src/app/poll-conversations.ts';
import type { SqliteStore } from '../../src/store/sqlite-store.ts';
import { salesThreadIdOf } from '../../fixtures/replay/salesnav-pages.ts';
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

const servicesFor = (account: string) => ({
  conversations: { account, repo: store, now: () => new Date() },
});
const person = (s: ReplaySession, vanity: string) => s.replay.people().find((p) => p.person === vanity)!;

/** Every /sales/inbox address the page asked for (a thread address would mean a conversation was opened). */
function inboxRequests(s: ReplaySession): string[] {
  const seen: string[] = [];
  s.context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/sales/inbox')) seen.push(path);
  });
  return seen;
}

describe('nv.syncInbox', () => {
  it('stores the list as a baseline, then only a newly arrived message — never opening a conversation', async () => {
    const account = 'acct-nv-inbox';
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const p2 = person(s, 'person2');
      expect(
        await runHandler(nvSendMessage, s, {
          subject: { kind: 'salesPerson', personHashedUrl: p2.salesLeadUrl },
          params: { subject: 'Hello', text: 'Hi Tomas' },
        }),
      ).toEqual({ kind: 'success' });
      const visited = inboxRequests(s);
      const run = () => runHandler(nvSyncInbox, s, { services: servicesFor(account) });

      expect(await run()).toEqual({ kind: 'success' });
      const sync = await store.getInboxSync(account, 'nv');
      expect(sync?.lastSyncedAt).not.toBeNull();
      expect(await store.getInboxSync(account, 'st')).toBeNull(); // the standard inbox is not enabled by it
      const baseline = await store.listMessages({ account });
      expect(baseline.map((m) => [m.conversation, m.sender, m.text])).toEqual([
        [salesThreadConversationKey(salesThreadIdOf('person2')), 'us', 'Hi Tomas'],
      ]);
      expect(baseline.every((m) => m.time < sync!.startedAt)).toBe(true);
      expect(await pollInbox(store, { account, type: 'nv' })).toEqual({ ok: true, result: { messages: [] } });

      expect(s.replay.incoming('person4', 'Are you free on Thursday?', 'salesNavigator')).toBe(true);
      expect(await run()).toEqual({ kind: 'success' });
      expect(await run()).toEqual({ kind: 'success' }); // a third read adds nothing
      const all = await store.listMessages({ account });
      expect(all).toHaveLength(2);
      const fresh = await store.listMessages({ account, since: sync!.startedAt });
      expect(fresh.map((m) => [m.sender, m.text])).toEqual([['them', 'Are you free on Thursday?']]);
      expect(await store.getConversation(account, fresh[0]!.conversation)).toMatchObject({
        threadId: salesThreadIdOf('person4'),
        name: person(s, 'person4').name,
      });

      const polled = await pollInbox(store, { account, type: 'nv' });
      expect(polled).toMatchObject({
        ok: true,
        result: {
          messages: [
            {
              type: 'nv',
              threadId: salesThreadIdOf('person4'),
              sender: 'them',
              text: 'Are you free on Thursday?',
            },
          ],
        },
      });
      // type omitted: every synced inbox (only Sales Navigator's here); the standard one alone: not synced
      expect(await pollInbox(store, { account })).toEqual(polled);
      expect(await pollInbox(store, { account, type: 'st' })).toMatchObject({
        ok: false,
        error: { type: 'conversationsNotSynced' },
      });

      expect(visited.length).toBeGreaterThan(0);
      expect(visited.every((p) => p === '/sales/inbox/')).toBe(true); // no thread opened (read)
      expect(s.replay.effects().map((e) => e.type)).toEqual(['salesMessage']); // read-only
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('noSalesNavigator without a seat, with nothing registered', async () => {
    const account = 'acct-nv-inbox-noseat';
    const s = await openReplaySession(browser, { scenario: 'no-sales-navigator' });
    try {
      expect(await runHandler(nvSyncInbox, s, { services: servicesFor(account) })).toMatchObject({
        kind: 'failure',
        error: { type: 'noSalesNavigator' },
      });
      expect(await store.getInboxSync(account, 'nv')).toBeNull();
      expect(await store.listConversations(account)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

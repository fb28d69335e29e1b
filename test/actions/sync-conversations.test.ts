// st.syncConversation and st.syncInbox on the recorded LinkedIn: registering the sync, reading the thread
// (overlay bubble, both front ends) or the conversation list into the store once per message identity,
// incrementally (a message delivered through the replay's incoming endpoint is the only new one), the
// inbox baseline (what the list showed before the sync began is never new), and the inbox sync never
// opening (marking read) an unread conversation.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncConversation } from '../../src/actions/st/sync-conversation.ts';
import { syncInbox } from '../../src/actions/st/sync-inbox.ts';
import type { SqliteStore } from '../../src/store/sqlite-store.ts';
import { tempStore } from '../store/helpers.ts';
import { launchBrowser, openReplaySession, person, runHandler } from '../support/replay-session.ts';

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
const servicesFor = (account: string) => ({
  conversations: { account, repo: store, now: () => new Date() },
});

describe.each(['ember', 'sdui'] as const)('st.syncConversation (%s)', (frontEnd) => {
  it('registers person4 for `days` and reads the thread once per message; a re-sync adds only the new one', async () => {
    const account = `acct-${frontEnd}-${++accounts}`;
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
    try {
      const before = Date.now();
      const run = () =>
        runHandler(syncConversation, s, {
          subject: person('person4'),
          params: { days: 7 },
          services: servicesFor(account),
        });
      expect(await run()).toEqual({ kind: 'success' });
      const conv = await store.getConversation(account, 'person:person4');
      expect(conv?.personUrl).toBe('https://www.linkedin.com/in/person4');
      expect(conv!.syncUntil!.getTime() - before).toBeGreaterThanOrEqual(7 * 86_400_000);
      const first = await store.listMessages({ account, conversation: 'person:person4' });
      expect(first.length).toBeGreaterThan(0);
      expect(new Set(first.map((m) => m.sender))).toEqual(new Set(['us', 'them']));
      expect(s.replay.incoming('person4', 'Are you free on Thursday?')).toBe(true);
      expect(await run()).toEqual({ kind: 'success' });
      const all = await store.listMessages({ account, conversation: 'person:person4' });
      expect(all.length).toBe(first.length + 1);
      expect(all.at(-1)).toMatchObject({ sender: 'them', text: 'Are you free on Thursday?' });
      expect(s.replay.effects()).toEqual([]); // read-only
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('a person without a Message conversation (InMail only, person5) is registered with nothing read', async () => {
    const account = `acct-${frontEnd}-${++accounts}`;
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
    try {
      const out = await runHandler(syncConversation, s, {
        subject: person('person5'),
        params: { days: 30 },
        services: servicesFor(account),
      });
      expect(out).toEqual({ kind: 'success' });
      expect((await store.getConversation(account, 'person:person5'))?.syncStartedAt).not.toBeNull();
      expect(await store.listMessages({ account })).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('st.syncConversation errors', () => {
  it('personNotFound and selfProfileNotAllowed register nothing', async () => {
    const account = `acct-err-${++accounts}`;
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const run = (vanity: string) =>
        runHandler(syncConversation, s, {
          subject: person(vanity),
          params: { days: 30 },
          services: servicesFor(account),
        });
      expect(await run('no-such-person-xyz')).toMatchObject({
        kind: 'failure',
        error: { type: 'personNotFound' },
      });
      expect(await run('me')).toMatchObject({ kind: 'failure', error: { type: 'selfProfileNotAllowed' } });
      expect(await store.listConversations(account)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('st.syncInbox', () => {
  it('stores the list as a baseline, then only a newly arrived message — without opening its thread', async () => {
    const account = `acct-inbox-${++accounts}`;
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const run = () => runHandler(syncInbox, s, { services: servicesFor(account) });
      expect(await run()).toEqual({ kind: 'success' });
      const sync = await store.getInboxSync(account);
      expect(sync?.lastSyncedAt).not.toBeNull();
      const baseline = await store.listMessages({ account });
      expect(baseline.length).toBe(3); // the fixture's three conversations
      expect(baseline.every((m) => m.time < sync!.startedAt)).toBe(true);
      expect(await store.listMessages({ account, since: sync!.startedAt })).toEqual([]);

      s.replay.incoming('person1', 'Hello Morgan, saw your post!');
      expect(await run()).toEqual({ kind: 'success' });
      expect(await run()).toEqual({ kind: 'success' }); // a third read adds nothing
      const fresh = await store.listMessages({ account, since: sync!.startedAt });
      expect(fresh).toHaveLength(1);
      expect(fresh[0]).toMatchObject({ sender: 'them', text: 'Hello Morgan, saw your post!' });
      const conv = await store.getConversation(account, fresh[0]!.conversation);
      expect(conv).toMatchObject({ name: 'Priya Nandakumar' });
      // person1's conversation is still unread: the sync never opened it
      const inbox = s.replay.handle({ method: 'GET', url: '/messaging/' })!.body;
      expect(inbox).toMatch(/msg-conversation-card--unread[^]*Priya: Hello Morgan/);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

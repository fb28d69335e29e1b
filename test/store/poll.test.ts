// The polls read from the store: conversationsNotSynced before any sync, the conversation shape with
// syncUntil and `since`, and the inbox's newest-first messages since the inbox sync began (the baseline
// stored before it is never reported).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollConversations, pollInbox } from '../../src/app/poll-conversations.ts';
import type { Store } from '../../src/store/store.ts';
import { openTempStore, STORE_KINDS } from './store-adapters.ts';

let store: Store;
let cleanup: () => Promise<void>;

const t = (iso: string) => new Date(iso);
const P4 = 'https://www.linkedin.com/in/person4';

// The contract suite: everything below runs against SQLite and against PostgreSQL.
describe.each(STORE_KINDS)('%s store', (kind) => {
  beforeEach(async () => {
    cleanup = async () => {};
    ({ store, cleanup } = await openTempStore(kind));
  });
  afterEach(async () => {
    await cleanup();
  });

  describe('conversations poll', () => {
    it('conversationsNotSynced until st.syncConversation registered the person', async () => {
      expect(await pollConversations(store, { account: 'a', personUrl: P4 })).toMatchObject({
        ok: false,
        error: { type: 'conversationsNotSynced' },
      });
      expect(await pollConversations(store, { account: 'a' })).toEqual({ ok: true, result: [] });
    });

    it('returns the messages in Linked API shape, filtered by since', async () => {
      await store.upsertConversation({
        account: 'a',
        key: 'person:person4',
        personUrl: P4,
        now: t('2026-01-01T00:00:00Z'),
      });
      await store.registerConversationSync(
        'a',
        'person:person4',
        t('2026-01-01T00:00:00Z'),
        t('2026-01-31T00:00:00Z'),
      );
      await store.recordMessages(
        'a',
        'person:person4',
        [{ id: 'm1', sender: 'them', text: 'hi', shownTime: null }],
        t('2026-01-02T00:00:00Z'),
      );
      await store.recordMessages(
        'a',
        'person:person4',
        [{ id: 'm2', sender: 'us', text: 'hello', shownTime: null }],
        t('2026-01-03T00:00:00Z'),
      );
      const r = await pollConversations(store, {
        account: 'a',
        personUrl: `${P4}/`,
        since: t('2026-01-02T12:00:00Z'),
      });
      expect(r).toEqual({
        ok: true,
        result: [
          {
            personUrl: P4,
            since: '2026-01-02T12:00:00.000Z',
            type: 'st',
            messages: [{ id: 'm2', sender: 'us', text: 'hello', time: '2026-01-03T00:00:00.000Z' }],
            syncUntil: '2026-01-31T00:00:00.000Z',
            personUrn: null,
          },
        ],
      });
    });
  });

  describe('inbox poll', () => {
    it('conversationsNotSynced before st.syncInbox; then only what arrived after it began, newest first', async () => {
      expect(await pollInbox(store, { account: 'a' })).toMatchObject({
        ok: false,
        error: { type: 'conversationsNotSynced' },
      });
      const started = await store.registerInboxSync('a', t('2026-01-01T00:00:00Z'));
      await store.upsertConversation({ account: 'a', key: 'thread:T1', threadId: 'T1', now: started });
      await store.recordMessages(
        'a',
        'thread:T1',
        [{ id: 'b', sender: 'them', text: 'old', shownTime: null }],
        new Date(started.getTime() - 1),
      );
      await store.recordMessages(
        'a',
        'thread:T1',
        [{ id: 'n1', sender: 'them', text: 'new 1', shownTime: null }],
        t('2026-01-02T00:00:00Z'),
      );
      await store.recordMessages(
        'a',
        'thread:T1',
        [{ id: 'n2', sender: 'us', text: 'new 2', shownTime: null }],
        t('2026-01-03T00:00:00Z'),
      );
      const r = await pollInbox(store, { account: 'a' });
      expect(r.ok && r.result.messages.map((m) => [m.id, m.threadId, m.type, m.sender])).toEqual([
        ['n2', 'T1', 'st', 'us'],
        ['n1', 'T1', 'st', 'them'],
      ]);
      const later = await pollInbox(store, { account: 'a', since: t('2026-01-02T12:00:00Z') });
      expect(later.ok && later.result.messages.map((m) => m.id)).toEqual(['n2']);
    });

    it('the Sales Navigator inbox (type nv) has its own sync; both inboxes together, newest first', async () => {
      const msg = (id: string, text: string) => [{ id, sender: 'them' as const, text, shownTime: null }];
      await store.registerInboxSync('a', t('2026-01-01T00:00:00Z'));
      await store.recordMessages('a', 'thread:T1', msg('s1', 'standard'), t('2026-01-02T00:00:00Z'));
      expect(await pollInbox(store, { account: 'a', type: 'nv' })).toMatchObject({
        ok: false,
        error: { type: 'conversationsNotSynced' },
      });
      const started = await store.registerInboxSync('a', t('2026-01-05T00:00:00Z'), 'nv');
      await store.upsertConversation({
        account: 'a',
        key: 'salesnav:thread:S1',
        threadId: 'S1',
        now: started,
      });
      await store.recordMessages(
        'a',
        'salesnav:thread:S1',
        msg('b', 'baseline'),
        new Date(started.getTime() - 1),
      );
      await store.recordMessages('a', 'salesnav:thread:S1', msg('v1', 'sales'), t('2026-01-06T00:00:00Z'));
      // a Sales Navigator conversation synced by person (salesnav:<lead id>) is not the inbox's
      await store.recordMessages('a', 'salesnav:LEAD', msg('x', 'by person'), t('2026-01-06T00:00:00Z'));
      const nv = await pollInbox(store, { account: 'a', type: 'nv' });
      expect(nv.ok && nv.result.messages.map((m) => [m.id, m.threadId, m.type])).toEqual([
        ['v1', 'S1', 'nv'],
      ]);
      const st = await pollInbox(store, { account: 'a', type: 'st' });
      expect(st.ok && st.result.messages.map((m) => [m.id, m.type])).toEqual([['s1', 'st']]);
      const both = await pollInbox(store, { account: 'a' });
      expect(both.ok && both.result.messages.map((m) => [m.id, m.type])).toEqual([
        ['v1', 'nv'],
        ['s1', 'st'],
      ]);
      const thread = await pollInbox(store, { account: 'a', threadId: 'S1' });
      expect(thread.ok && thread.result.messages.map((m) => m.id)).toEqual(['v1']);
    });
  });
});

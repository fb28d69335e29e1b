// The conversations repository: sync registration (a new period keeps history), messages stored once per
// identity with "what is new" answered by recordMessages, listing since a time, and the inbox sync.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { openTempStore, STORE_KINDS } from './store-adapters.ts';

let store: Store;
let cleanup: () => Promise<void>;

const t = (iso: string) => new Date(iso);
const msg = (id: string, sender: 'us' | 'them', text: string) => ({ id, sender, text, shownTime: null });

// The contract suite: everything below runs against SQLite and against PostgreSQL.
describe.each(STORE_KINDS)('%s store', (kind) => {
  beforeEach(async () => {
    cleanup = async () => {};
    ({ store, cleanup } = await openTempStore(kind));
  });
  afterEach(async () => {
    await cleanup();
  });

  describe('conversations', () => {
    it('registers a sync period; a re-sync opens a new one and keeps fields and history', async () => {
      await store.upsertConversation({
        account: 'a',
        key: 'person:p4',
        personUrl: 'https://www.linkedin.com/in/p4',
        name: 'Dana',
        now: t('2026-01-01T00:00:00Z'),
      });
      await store.registerConversationSync(
        'a',
        'person:p4',
        t('2026-01-01T00:00:00Z'),
        t('2026-01-31T00:00:00Z'),
      );
      await store.recordMessages('a', 'person:p4', [msg('m1', 'them', 'hi')], t('2026-01-02T00:00:00Z'));
      await store.upsertConversation({
        account: 'a',
        key: 'person:p4',
        threadId: 'T1',
        now: t('2026-01-03T00:00:00Z'),
      });
      await store.registerConversationSync(
        'a',
        'person:p4',
        t('2026-01-03T00:00:00Z'),
        t('2026-01-04T00:00:00Z'),
      );
      const c = await store.getConversation('a', 'person:p4');
      expect(c).toMatchObject({ personUrl: 'https://www.linkedin.com/in/p4', name: 'Dana', threadId: 'T1' });
      expect(c?.syncUntil?.toISOString()).toBe('2026-01-04T00:00:00.000Z');
      expect(c?.lastSyncedAt?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
      expect(await store.listMessages({ account: 'a', conversation: 'person:p4' })).toHaveLength(1);
      expect(await store.listConversations('a', { synced: true })).toHaveLength(1);
      expect(await store.listConversations('b')).toEqual([]);
      await expect(
        store.registerConversationSync(
          'a',
          'person:nobody',
          t('2026-01-01T00:00:00Z'),
          t('2026-01-02T00:00:00Z'),
        ),
      ).rejects.toThrow();
    });

    it('stores each message once: a re-read returns only what is new, in page order', async () => {
      await store.upsertConversation({ account: 'a', key: 'thread:T', now: t('2026-01-01T00:00:00Z') });
      const first = await store.recordMessages(
        'a',
        'thread:T',
        [msg('m1', 'them', 'one'), msg('m2', 'us', 'two')],
        t('2026-01-01T10:00:00Z'),
      );
      expect(first.map((m) => m.id)).toEqual(['m1', 'm2']);
      const again = await store.recordMessages(
        'a',
        'thread:T',
        [msg('m1', 'them', 'one'), msg('m2', 'us', 'two'), msg('m3', 'them', 'three')],
        t('2026-01-01T11:00:00Z'),
      );
      expect(again.map((m) => m.id)).toEqual(['m3']);
      expect(again[0]?.time.toISOString()).toBe('2026-01-01T11:00:00.000Z');
      const since = await store.listMessages({ account: 'a', since: t('2026-01-01T10:30:00Z') });
      expect(since.map((m) => m.text)).toEqual(['three']);
      expect((await store.listMessages({ account: 'a' })).map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
      // another account's identical id is its own message
      expect(
        await store.recordMessages('b', 'thread:T', [msg('m1', 'them', 'one')], t('2026-01-01T12:00:00Z')),
      ).toHaveLength(1);
    });

    it('the inbox sync is registered once and remembers its last read', async () => {
      expect(await store.getInboxSync('a')).toBeNull();
      expect((await store.registerInboxSync('a', t('2026-01-01T00:00:00Z'))).toISOString()).toBe(
        '2026-01-01T00:00:00.000Z',
      );
      expect((await store.registerInboxSync('a', t('2026-02-01T00:00:00Z'))).toISOString()).toBe(
        '2026-01-01T00:00:00.000Z',
      );
      await store.markInboxSynced('a', t('2026-01-05T00:00:00Z'));
      expect((await store.getInboxSync('a'))?.lastSyncedAt?.toISOString()).toBe('2026-01-05T00:00:00.000Z');
    });

    it('the Sales Navigator inbox has its own sync, apart from the standard one', async () => {
      await store.registerInboxSync('a', t('2026-01-01T00:00:00Z'));
      expect(await store.getInboxSync('a', 'nv')).toBeNull();
      expect((await store.registerInboxSync('a', t('2026-03-01T00:00:00Z'), 'nv')).toISOString()).toBe(
        '2026-03-01T00:00:00.000Z',
      );
      expect((await store.registerInboxSync('a', t('2026-04-01T00:00:00Z'), 'nv')).toISOString()).toBe(
        '2026-03-01T00:00:00.000Z',
      );
      await store.markInboxSynced('a', t('2026-03-02T00:00:00Z'), 'nv');
      expect(await store.getInboxSync('a', 'nv')).toEqual({
        startedAt: t('2026-03-01T00:00:00Z'),
        lastSyncedAt: t('2026-03-02T00:00:00Z'),
      });
      // the standard inbox's registration is untouched by the Sales Navigator one
      expect(await store.getInboxSync('a', 'st')).toEqual({
        startedAt: t('2026-01-01T00:00:00Z'),
        lastSyncedAt: null,
      });
    });
  });
});

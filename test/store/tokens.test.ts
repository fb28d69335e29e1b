// The token repository (`serve`'s API tokens and the accounts' identification tokens), in the store
// contract suite: found by the hash of their secret, never once revoked; the webhook secret readable only
// through getWebhookSecret; one identification token per account, a new one replacing the old.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { openTempStore, STORE_KINDS } from './store-adapters.ts';

let store: Store;
let cleanup: () => Promise<void>;

const t = (iso: string) => new Date(iso);

describe.each(STORE_KINDS)('%s store', (kind) => {
  beforeEach(async () => {
    cleanup = async () => {};
    ({ store, cleanup } = await openTempStore(kind));
  });
  afterEach(async () => {
    await cleanup();
  });

  describe('api tokens', () => {
    it('creates, finds by hash, lists oldest first and revokes', async () => {
      const created = await store.createApiToken({
        id: 'tok-b',
        hash: 'h-b',
        accounts: ['alice', 'bob'],
        webhookUrl: 'https://hooks.example.test/lw',
        webhookSecret: 'whsec-1',
        now: t('2026-03-01T00:00:00Z'),
      });
      expect(created).toEqual({
        id: 'tok-b',
        accounts: ['alice', 'bob'],
        webhookUrl: 'https://hooks.example.test/lw',
        createdAt: t('2026-03-01T00:00:00Z'),
        revokedAt: null,
      });
      await store.createApiToken({
        id: 'tok-a',
        hash: 'h-a',
        accounts: [],
        webhookUrl: null,
        webhookSecret: null,
        now: t('2026-03-01T00:00:00Z'),
      });
      await store.createApiToken({
        id: 'tok-0',
        hash: 'h-0',
        accounts: ['carol'],
        webhookUrl: null,
        webhookSecret: null,
        now: t('2026-03-02T00:00:00Z'),
      });
      // The secret is not part of the record.
      expect(Object.keys(created)).not.toContain('webhookSecret');
      expect(await store.findApiTokenByHash('h-b')).toEqual(created);
      expect(await store.findApiTokenByHash('nope')).toBeNull();
      expect(await store.getApiToken('tok-a')).toMatchObject({ accounts: [], webhookUrl: null });
      expect((await store.listApiTokens()).map((r) => r.id)).toEqual(['tok-a', 'tok-b', 'tok-0']);
      await expect(
        store.createApiToken({
          id: 'tok-dup',
          hash: 'h-b',
          accounts: [],
          webhookUrl: null,
          webhookSecret: null,
          now: t('2026-03-03T00:00:00Z'),
        }),
      ).rejects.toThrow();

      expect(await store.revokeApiToken('tok-b', t('2026-03-04T00:00:00Z'))).toBe(true);
      expect(await store.revokeApiToken('tok-b', t('2026-03-05T00:00:00Z'))).toBe(false);
      expect(await store.revokeApiToken('nope', t('2026-03-05T00:00:00Z'))).toBe(false);
      expect(await store.findApiTokenByHash('h-b')).toBeNull();
      expect((await store.getApiToken('tok-b'))?.revokedAt).toEqual(t('2026-03-04T00:00:00Z'));
      expect(await store.listApiTokens()).toHaveLength(3);
    });

    it('reads the webhook secret only through getWebhookSecret', async () => {
      await store.createApiToken({
        id: 'tok-w',
        hash: 'h-w',
        accounts: ['alice'],
        webhookUrl: 'https://hooks.example.test/lw',
        webhookSecret: 'whsec-2',
        now: t('2026-03-01T00:00:00Z'),
      });
      expect(await store.getWebhookSecret('tok-w')).toBe('whsec-2');
      expect(await store.getWebhookSecret('nope')).toBeNull();
    });
  });

  describe('identification tokens', () => {
    it('finds the account by hash; a new token replaces the old one', async () => {
      expect(await store.findAccountByIdentificationHash('i-1')).toBeNull();
      await store.setIdentificationToken('alice', 'i-1', t('2026-03-01T00:00:00Z'));
      await store.setIdentificationToken('bob', 'i-2', t('2026-03-01T00:00:00Z'));
      expect(await store.findAccountByIdentificationHash('i-1')).toBe('alice');
      await store.setIdentificationToken('alice', 'i-3', t('2026-03-02T00:00:00Z'));
      expect(await store.findAccountByIdentificationHash('i-1')).toBeNull();
      expect(await store.findAccountByIdentificationHash('i-3')).toBe('alice');
      expect(await store.findAccountByIdentificationHash('i-2')).toBe('bob');
    });
  });
});

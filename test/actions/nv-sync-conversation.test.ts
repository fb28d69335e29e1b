// nv.syncConversation on the recorded Sales Navigator: registers the lead's conversation and reads its
// messages into the store (once per identity, apart from the standard conversation); a lead that accepts
// no messages is registered with nothing to read; noSalesNavigator without a seat. Nothing is sent.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nvSendMessage } from '../../src/actions/nv/send-message.ts';
import { nvSyncConversation, salesConversationKey } from '../../src/actions/nv/sync-conversation.ts';
import { salesLeadIdOf } from '../../fixtures/replay/sales-urls.ts';
import { testServices } from '../support/action-services.ts';
import {
  launchBrowser,
  openReplaySession,
  runHandler,
  type ReplaySession,
} from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const person = (s: ReplaySession, vanity: string) => s.replay.people().find((p) => p.person === vanity)!;

describe('nv.syncConversation', () => {
  it('stores the conversation shown on the lead page, each message once', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const p2 = person(s, 'person2');
      const leadSubject = { kind: 'salesPerson' as const, personHashedUrl: p2.salesLeadUrl };
      expect(
        await runHandler(nvSendMessage, s, {
          subject: leadSubject,
          params: { subject: 'Hello', text: 'Hi Tomas' },
        }),
      ).toEqual({ kind: 'success' });
      const services = testServices(s);
      const { repo, account } = services.conversations;
      const key = salesConversationKey(salesLeadIdOf(p2.hashedUrl.split('/in/')[1]!));
      for (let i = 0; i < 2; i++)
        expect(await runHandler(nvSyncConversation, s, { subject: leadSubject, services })).toEqual({
          kind: 'success',
        });
      const messages = await repo.listMessages({ account, conversation: key });
      expect(messages.map((m) => [m.sender, m.text])).toEqual([['us', 'Hi Tomas']]);
      const conv = await repo.getConversation(account, key);
      expect(conv).toMatchObject({
        personUrl: 'https://www.linkedin.com/in/person2',
        name: 'Tomas Lindqvist',
      });
      expect(s.replay.effects()).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('registers a lead that accepts no messages with nothing to read; noSalesNavigator without a seat', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const p5 = person(s, 'person5');
      const services = testServices(s);
      expect(
        await runHandler(nvSyncConversation, s, {
          subject: { kind: 'salesPerson', personHashedUrl: p5.hashedUrl },
          services,
        }),
      ).toEqual({ kind: 'success' });
      const key = salesConversationKey(salesLeadIdOf(p5.hashedUrl.split('/in/')[1]!));
      expect(
        await services.conversations.repo.listMessages({
          account: services.conversations.account,
          conversation: key,
        }),
      ).toEqual([]);
      expect(
        await services.conversations.repo.getConversation(services.conversations.account, key),
      ).not.toBeNull();
    } finally {
      await s.close();
    }
    const n = await openReplaySession(browser, { scenario: 'no-sales-navigator' });
    try {
      expect(
        await runHandler(nvSyncConversation, n, {
          subject: { kind: 'salesPerson', personHashedUrl: person(n, 'person2').salesLeadUrl },
        }),
      ).toMatchObject({ kind: 'failure', error: { type: 'noSalesNavigator' } });
    } finally {
      await n.close();
    }
  });
});

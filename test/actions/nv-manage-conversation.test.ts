// nv.manageConversation on the recorded Sales Navigator inbox: archive then unarchive a conversation
// through the open thread's options (verified by the item flipping), already-archived without a click,
// threadNotFound for an unknown thread.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesThreadIdOf } from '../../fixtures/replay/salesnav-pages.ts';
import { nvManageConversation } from '../../src/actions/nv/manage-conversation.ts';
import { nvSendMessage } from '../../src/actions/nv/send-message.ts';
import { launchBrowser, openReplaySession, runHandler } from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('nv.manageConversation', () => {
  it('archives and unarchives a conversation; already archived needs no click', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const p2 = s.replay.people().find((p) => p.person === 'person2')!;
      expect(
        await runHandler(nvSendMessage, s, {
          subject: { kind: 'salesPerson', personHashedUrl: p2.salesLeadUrl },
          params: { subject: 'Hello', text: 'Hi Tomas' },
        }),
      ).toEqual({ kind: 'success' });
      const threadId = salesThreadIdOf('person2');
      const manage = (operation: string) =>
        runHandler(nvManageConversation, s, { params: { threadId, operation } });
      expect(await manage('archive')).toEqual({ kind: 'success' });
      expect(await manage('archive')).toEqual({ kind: 'success' });
      expect(await manage('unarchive')).toEqual({ kind: 'success' });
      expect(s.replay.effects().slice(1)).toEqual([
        {
          type: 'conversation',
          person: 'person2',
          thread: threadId,
          operation: 'archive',
          via: 'salesNavigator',
        },
        {
          type: 'conversation',
          person: 'person2',
          thread: threadId,
          operation: 'unarchive',
          via: 'salesNavigator',
        },
      ]);
      expect(
        await runHandler(nvManageConversation, s, {
          params: { threadId: salesThreadIdOf('person1'), operation: 'archive' },
        }),
      ).toMatchObject({ kind: 'failure', error: { type: 'threadNotFound' } });
    } finally {
      await s.close();
    }
  });
});

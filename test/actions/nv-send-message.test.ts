// nv.sendMessage on the recorded Sales Navigator: a new conversation from the lead page (subject + text,
// one InMail credit), a reply by threadId and from the lead page, exactly-once on a re-run, and every error:
// messagingNotAllowed (lead accepts no messages; credits used up), threadNotFound, noSalesNavigator.
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesThreadIdOf } from '../../fixtures/replay/salesnav-pages.ts';
import { nvSendMessage } from '../../src/actions/nv/send-message.ts';
import { testRun } from '../support/action-services.ts';
import {
  launchBrowser,
  openReplaySession,
  runHandler,
  runWorkflowOn,
  type ReplaySession,
} from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const lead = (s: ReplaySession, vanity: string) => ({
  kind: 'salesPerson' as const,
  personHashedUrl: s.replay.people().find((p) => p.person === vanity)!.salesLeadUrl,
});

describe('nv.sendMessage', () => {
  it('starts a conversation with a subject, replies by threadId and from the lead page, each once', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const workflowId = randomUUID();
      const first = () =>
        runHandler(nvSendMessage, s, {
          subject: lead(s, 'person2'),
          params: { subject: 'Growth tooling', text: 'Hi Tomas, a quick question about your stack.' },
          services: { ...testRun('nv-send-once', workflowId).services() },
        });
      expect(await first()).toEqual({ kind: 'success' });
      expect(await first()).toEqual({ kind: 'success' }); // the re-run meets the verified entry
      expect(
        await runHandler(nvSendMessage, s, {
          params: { threadId: salesThreadIdOf('person2'), text: 'Following up on my note.' },
        }),
      ).toEqual({ kind: 'success' });
      expect(
        await runHandler(nvSendMessage, s, {
          subject: lead(s, 'person2'),
          params: { subject: 'ignored in a reply', text: 'One more thing.' },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([
        {
          type: 'salesMessage',
          person: 'person2',
          subject: 'Growth tooling',
          text: 'Hi Tomas, a quick question about your stack.',
        },
        { type: 'salesMessage', person: 'person2', text: 'Following up on my note.' },
        { type: 'salesMessage', person: 'person2', text: 'One more thing.' },
      ]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('refuses a lead that accepts no messages, and an unknown thread', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(nvSendMessage, s, {
          subject: lead(s, 'person5'),
          params: { subject: 'Hello', text: 'Hi' },
        }),
      ).toMatchObject({ kind: 'failure', error: { type: 'messagingNotAllowed' } });
      expect(
        await runHandler(nvSendMessage, s, { params: { threadId: salesThreadIdOf('person1'), text: 'Hi' } }),
      ).toMatchObject({ kind: 'failure', error: { type: 'threadNotFound' } });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('names used-up InMail credits messagingNotAllowed; a connection is still free to message', async () => {
    const s = await openReplaySession(browser, {
      scenario: 'demo',
      overrides: { salesNavigator: { seat: true, inmailCredits: 0 } },
    });
    try {
      expect(
        await runHandler(nvSendMessage, s, {
          subject: lead(s, 'person2'),
          params: { subject: 'Hello', text: 'Hi' },
        }),
      ).toMatchObject({ kind: 'failure', error: { type: 'messagingNotAllowed' } });
      expect(
        await runHandler(nvSendMessage, s, {
          subject: lead(s, 'person4'),
          params: { subject: 'Hello Dana', text: 'Hi Dana' },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([
        { type: 'salesMessage', person: 'person4', subject: 'Hello Dana', text: 'Hi Dana' },
      ]);
    } finally {
      await s.close();
    }
  });

  it('reports noSalesNavigator without a seat', async () => {
    const s = await openReplaySession(browser, { scenario: 'no-sales-navigator' });
    try {
      expect(
        await runHandler(nvSendMessage, s, {
          subject: lead(s, 'person2'),
          params: { subject: 'Hello', text: 'Hi' },
        }),
      ).toMatchObject({ kind: 'failure', error: { type: 'noSalesNavigator' } });
    } finally {
      await s.close();
    }
  });

  it('runs under nv.openPersonPage in a workflow', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'nv.openPersonPage',
        personHashedUrl: lead(s, 'person1').personHashedUrl,
        then: { actionType: 'nv.sendMessage', subject: 'Data tooling', text: 'Hi Priya!' },
      });
      expect(JSON.stringify(out)).not.toContain('"success":false');
      expect(s.replay.effects()).toEqual([
        { type: 'salesMessage', person: 'person1', subject: 'Data tooling', text: 'Hi Priya!' },
      ]);
    } finally {
      await s.close();
    }
  });
});

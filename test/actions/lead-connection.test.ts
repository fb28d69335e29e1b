// Beyond Linked API: st.sendConnectionRequest / st.withdrawConnectionRequest given a Sales Navigator lead URL
// work on the lead page (overflow menu → Connect → the Sales Navigator form; → Withdraw invitation), with the
// standard outcomes, the `via: salesNavigator` effects, and exactly-once through the run journal.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendConnectionRequest } from '../../src/actions/st/send-connection-request.ts';
import { withdrawConnectionRequest } from '../../src/actions/st/withdraw-connection-request.ts';
import {
  launchBrowser,
  openReplaySession,
  runHandler,
  runWorkflowOn,
  type ReplaySession,
} from '../support/replay-session.ts';
import { randomUUID } from 'node:crypto';
import { testRun } from '../support/action-services.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const leadOf = (s: ReplaySession, vanity: string) =>
  s.replay.people().find((p) => p.person === vanity)!.salesLeadUrl;
const subject = (url: string) => ({ kind: 'person' as const, personUrl: url });

describe('st.sendConnectionRequest on a lead page', () => {
  it('sends with a note through the Sales Navigator form, once', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      // A run, then its re-run (same account and workflow: what a crash recovery does) — the re-run's
      // journal meets the verified entry and nothing is sent twice.
      const workflowId = randomUUID();
      const run = () =>
        runHandler(sendConnectionRequest, s, {
          subject: subject(leadOf(s, 'person2')),
          params: { note: 'Hello Tomas, met you at the meetup.' },
          services: { ...testRun('lead-connect-once', workflowId).services() },
        });
      expect(await run()).toEqual({ kind: 'success' });
      expect(await run()).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([
        {
          type: 'invitation',
          person: 'person2',
          note: 'Hello Tomas, met you at the meetup.',
          via: 'salesNavigator',
        },
      ]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('meets the email gate: emailRequired without an email, sent with one', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const url = leadOf(s, 'person1');
      expect(await runHandler(sendConnectionRequest, s, { subject: subject(url) })).toMatchObject({
        kind: 'failure',
        error: { type: 'emailRequired' },
      });
      expect(s.replay.effects()).toEqual([]);
      expect(
        await runHandler(sendConnectionRequest, s, {
          subject: subject(url),
          params: { email: 'priya@example.com' },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([
        { type: 'invitation', person: 'person1', email: 'priya@example.com', via: 'salesNavigator' },
      ]);
    } finally {
      await s.close();
    }
  });

  it('names pending, connected and no-Connect leads without sending', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      for (const [vanity, type] of [
        ['johndoe', 'alreadyPending'],
        ['person4', 'alreadyConnected'],
        ['person5', 'requestNotAllowed'],
      ] as const) {
        expect(
          await runHandler(sendConnectionRequest, s, { subject: subject(leadOf(s, vanity)) }),
          vanity,
        ).toMatchObject({ kind: 'failure', error: { type } });
      }
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('reports the weekly limit the form shows after Send', async () => {
    const s = await openReplaySession(browser, { scenario: 'weekly-limit' });
    try {
      expect(
        await runHandler(sendConnectionRequest, s, { subject: subject(leadOf(s, 'person2')) }),
      ).toMatchObject({
        kind: 'failure',
        error: { type: 'requestNotAllowed' },
        hold: 'weeklyInvitationLimit',
      });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('reports noSalesNavigator without a seat', async () => {
    const s = await openReplaySession(browser, { scenario: 'no-sales-navigator' });
    try {
      expect(
        await runHandler(sendConnectionRequest, s, { subject: subject(leadOf(s, 'person2')) }),
      ).toMatchObject({ kind: 'failure', error: { type: 'noSalesNavigator' } });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('runs as a workflow with a lead URL as personUrl', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'st.sendConnectionRequest',
        personUrl: leadOf(s, 'person2'),
      });
      expect(JSON.stringify(out)).toContain('"success":true');
      expect(s.replay.effects()).toEqual([{ type: 'invitation', person: 'person2', via: 'salesNavigator' }]);
    } finally {
      await s.close();
    }
  });
});

describe('st.withdrawConnectionRequest on a lead page', () => {
  it('withdraws a pending invitation through the confirmation; notPending otherwise', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(withdrawConnectionRequest, s, { subject: subject(leadOf(s, 'johndoe')) }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'withdrawal', person: 'johndoe', via: 'salesNavigator' }]);
      expect(
        await runHandler(withdrawConnectionRequest, s, { subject: subject(leadOf(s, 'person2')) }),
      ).toMatchObject({ kind: 'failure', error: { type: 'notPending' } });
      expect(s.replay.effects()).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});

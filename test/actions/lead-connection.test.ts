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
  silentLog,
  type ReplaySession,
} from '../support/replay-session.ts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { categoriesFor, testRun } from '../support/action-services.ts';
import { ACTION_HANDLERS, ACTION_RULES, IMPLEMENTED_ACTIONS } from '../../src/actions/index.ts';
import type { ActionServices } from '../../src/actions/kit/services.ts';
import { executeWorkflow } from '../../src/engine/execute-workflow.ts';
import { shapeFromRegistry } from '../../src/engine/engine-shapes.ts';
import { createPolicy } from '../../src/engine/policy/policy.ts';
import { parsePolicyConfig } from '../../src/engine/policy/policy-config.ts';
import type { LimitCategory } from '../../src/engine/policy/limit-catalog.ts';
import { openStore } from '../../src/store/index.ts';
import { validateWorkflow } from '../../src/workflow/validate.ts';
import { ZERO_PACING } from '../../drivers/shared/pacing.ts';

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
        await runHandler(withdrawConnectionRequest, s, {
          subject: subject(leadOf(s, 'johndoe')),
          params: { unfollow: false },
        }),
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

describe('st.withdrawConnectionRequest on a lead page with unfollow', () => {
  it('unfollows on the standard profile the lead menu links (Sales Navigator has no unfollow)', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(withdrawConnectionRequest, s, {
          subject: subject(leadOf(s, 'johndoe')),
          params: { unfollow: true },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([
        { type: 'withdrawal', person: 'johndoe', via: 'salesNavigator' },
        { type: 'unfollow', person: 'johndoe' },
      ]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('unfollows by default as a workflow, and does neither twice on a re-run', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const workflowId = randomUUID();
      const wf = { actionType: 'st.withdrawConnectionRequest', personUrl: leadOf(s, 'johndoe') };
      const services = () => testRun('lead-withdraw-unfollow', workflowId).services();
      for (let i = 0; i < 2; i++) {
        const out = await runWorkflowOn(s, wf, services());
        expect(JSON.stringify(out)).toContain('"success":true');
      }
      expect(s.replay.effects()).toEqual([
        { type: 'withdrawal', person: 'johndoe', via: 'salesNavigator' },
        { type: 'unfollow', person: 'johndoe' },
      ]);
    } finally {
      await s.close();
    }
  });
});

describe('limits of the lead-page branch', () => {
  const lead = 'https://www.linkedin.com/sales/lead/ACwAAFRp011PriyaNandakumarx0Fx1Fx2Fx3Fx,NAME_SEARCH,dGQS';
  const profile = 'https://www.linkedin.com/in/person1';

  it('counts a root lead-page visit as a Sales Navigator profile view, not a standard one', () => {
    expect(categoriesFor('st.sendConnectionRequest', { personUrl: lead })).toEqual([
      'stConnectionRequests',
      'nvPersonProfileViews',
    ]);
    expect(categoriesFor('st.sendConnectionRequest', { personUrl: profile })).toEqual([
      'stConnectionRequests',
      'stPersonProfileViews',
    ]);
    expect(categoriesFor('st.withdrawConnectionRequest', { personUrl: lead, unfollow: false })).toEqual([
      'nvPersonProfileViews',
    ]);
    // The unfollow step opens the standard profile too.
    expect(categoriesFor('st.withdrawConnectionRequest', { personUrl: lead, unfollow: true })).toEqual([
      'stPersonProfileViews',
      'nvPersonProfileViews',
    ]);
    expect(categoriesFor('st.withdrawConnectionRequest', { personUrl: profile, unfollow: false })).toEqual([
      'stPersonProfileViews',
    ]);
  });

  async function connectUnder(category: LimitCategory, account: string) {
    const home = mkdtempSync(join(tmpdir(), 'lw-lead-limits-'));
    const store = openStore(home);
    const policy = createPolicy(store, {
      rules: ACTION_RULES,
      config: parsePolicyConfig({ limits: [{ category, period: 'daily', maxValue: 0, isEnabled: true }] }),
      home,
      env: {},
    });
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const run = policy.startRun({ account, workflowId: `wf-${account}` });
      const v = validateWorkflow(
        { actionType: 'st.sendConnectionRequest', personUrl: leadOf(s, 'person2') },
        { implemented: IMPLEMENTED_ACTIONS },
      );
      if (!v.ok) throw new Error(v.error.message);
      const services: ActionServices = { ...run.services(), pacing: ZERO_PACING, timeouts: {}, browser: s };
      const out = await executeWorkflow(v.workflow, {
        handlers: ACTION_HANDLERS,
        shapeOf: shapeFromRegistry,
        services,
        guard: run.guard(),
        log: silentLog,
      });
      return { out: JSON.stringify(out), effects: s.replay.effects() };
    } finally {
      await s.close();
      await store.close();
    }
  }

  it('is refused by a used-up nvPersonProfileViews limit before the lead page opens', async () => {
    const r = await connectUnder('nvPersonProfileViews', 'lead-nv-views');
    expect(r.out).toContain('"type":"limitExceeded"');
    expect(r.effects).toEqual([]);
  });

  it('is not stopped by a used-up stPersonProfileViews limit', async () => {
    const r = await connectUnder('stPersonProfileViews', 'lead-st-views');
    expect(r.out).toContain('"success":true');
    expect(r.effects).toEqual([{ type: 'invitation', person: 'person2', via: 'salesNavigator' }]);
  });
});

describe('the lead page in German (the standard phrase tables, salesnav-de fixtures)', () => {
  it('connects and withdraws through the German overflow menu', async () => {
    const s = await openReplaySession(browser, { scenario: 'locale-de' });
    try {
      expect(
        await runHandler(sendConnectionRequest, s, {
          subject: subject(leadOf(s, 'person2')),
          params: { note: 'Hallo Tomas!' },
        }),
      ).toEqual({ kind: 'success' });
      expect(
        await runHandler(withdrawConnectionRequest, s, {
          subject: subject(leadOf(s, 'johndoe')),
          params: { unfollow: false },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([
        { type: 'invitation', person: 'person2', note: 'Hallo Tomas!', via: 'salesNavigator' },
        { type: 'withdrawal', person: 'johndoe', via: 'salesNavigator' },
      ]);
      // The lead page really was the German one (not the English fallback).
      const page = s.context.pages().find((p) => p.url().includes('/sales/lead/'));
      expect(await page?.evaluate(() => document.documentElement.lang)).toBe('de');
      // Pending now, in German: a second invitation is named, not sent.
      expect(
        await runHandler(sendConnectionRequest, s, { subject: subject(leadOf(s, 'person2')) }),
      ).toMatchObject({ kind: 'failure', error: { type: 'alreadyPending' } });
      expect(s.replay.effects()).toHaveLength(2);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

// Robustness on the recorded LinkedIn: interstitials over the pages, late SDUI hydration, a page that
// matches no known state (unexpectedError + capture), session blockers, and the exactly-once journal
// (a re-run after a crash never repeats the invitation).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConnectionStatus } from '../../src/actions/st/check-connection-status.ts';
import { sendConnectionRequest } from '../../src/actions/st/send-connection-request.ts';
import { withdrawConnectionRequest } from '../../src/actions/st/withdraw-connection-request.ts';
import { Journal } from '../../src/engine/policy/journal.ts';
import { SessionFailureError } from '../../src/errors/error-types.ts';
import { openStore } from '../../src/store/index.ts';
import {
  launchBrowser,
  openReplaySession,
  person,
  runHandler,
  runWorkflowOn,
} from '../support/replay-session.ts';

const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('interstitials and hydration', () => {
  it('dismisses the cookie banner, a Premium upsell and "growing your network", then connects and withdraws', async () => {
    const s = await openReplaySession(browser, { scenario: 'interstitials' });
    try {
      const out = await runWorkflowOn(s, [
        {
          actionType: 'st.sendConnectionRequest',
          personUrl: 'https://www.linkedin.com/in/person1',
          note: NOTE,
          email: 'example1@gmail.com',
        },
        { actionType: 'st.sendConnectionRequest', personUrl: 'https://www.linkedin.com/in/person2' },
        {
          actionType: 'st.withdrawConnectionRequest',
          personUrl: 'https://www.linkedin.com/in/person1',
          unfollow: false,
        },
        { actionType: 'st.checkConnectionStatus', personUrl: 'https://www.linkedin.com/in/person2' },
      ]);
      expect(out).toEqual({
        status: 'completed',
        completion: [
          { actionType: 'st.sendConnectionRequest', success: true },
          { actionType: 'st.sendConnectionRequest', success: true },
          { actionType: 'st.withdrawConnectionRequest', success: true },
          { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'pending' } },
        ],
      });
      expect(s.replay.effects()).toEqual([
        { type: 'invitation', person: 'person1', note: NOTE, email: 'example1@gmail.com' },
        { type: 'invitation', person: 'person2' },
        { type: 'withdrawal', person: 'person1' },
      ]);
    } finally {
      await s.close();
    }
  });

  it('waits (bounded) for a late SDUI top card before reading or clicking', async () => {
    const s = await openReplaySession(browser, { scenario: 'slow-hydration', frontEnd: 'sdui' });
    try {
      expect(await runHandler(checkConnectionStatus, s, { subject: person('johndoe') })).toEqual({
        kind: 'success',
        data: { connectionStatus: 'pending' },
      });
      expect(
        await runHandler(sendConnectionRequest, s, {
          subject: person('person2'),
          params: { note: 'late but there' },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'invitation', person: 'person2', note: 'late but there' }]);
    } finally {
      await s.close();
    }
  });
});

describe('pages that are not what we expect', () => {
  it('ends as unexpectedError with a capture on a page that matches no known state', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      // A profile address answered by something that is neither a profile nor "not found".
      await s.context.route('**/in/odd-page/**', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><body><main><h1>Something else</h1><p>Nothing to see.</p></main></body></html>',
        }),
      );
      const out = await runHandler(sendConnectionRequest, s, {
        subject: person('odd-page'),
        params: { note: 'x' },
        services: { timeouts: { hydrationMs: 2_000 } },
      });
      expect(out).toMatchObject({ kind: 'failure', error: { type: 'unexpectedError' } });
      expect(s.captures.length).toBe(1);
      expect(s.captures[0]).toContain('profile-state-unknown');
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it.each([
    ['signed-out', 'linkedinAccountSignedOut'],
    ['checkpoint', 'securityCheckpoint'],
  ] as const)('stops with a session failure on a %s session', async (scenario, reason) => {
    const s = await openReplaySession(browser, { scenario });
    try {
      const err = await runHandler(checkConnectionStatus, s, { subject: person('person1') }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SessionFailureError);
      expect((err as SessionFailureError).reason).toBe(reason);
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('exactly once with the action journal', () => {
  it('a re-run after a crash neither repeats nor loses the invitation', async () => {
    const home = mkdtempSync(join(tmpdir(), 'linkwright-journal-'));
    const store = openStore(home);
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'sdui' });
    try {
      const journalFor = () =>
        new Journal({ store, account: 'test', runId: 'run-1', resumeWindowMs: 3_600_000 });
      const params = { note: 'only once' };
      // 1. A crash right after the click: the effect happened, the journal says `attempted` only.
      const crashed = journalFor();
      const entry = await crashed.begin(
        crashed.keyFor('st.sendConnectionRequest', person('person2'), params),
      );
      await crashed.markAttempted(entry);
      expect(await runHandler(sendConnectionRequest, s, { subject: person('person2'), params })).toEqual({
        kind: 'success',
      });
      expect(s.replay.effects()).toHaveLength(1);
      // 2. The re-run finds `attempted`, verifies the profile (pending: our click landed) and does not click.
      const rerun = journalFor();
      expect(
        await runHandler(sendConnectionRequest, s, {
          subject: person('person2'),
          params,
          services: { journal: rerun },
        }),
      ).toEqual({ kind: 'success' });
      expect((await rerun.get(entry))?.state).toBe('verified');
      // 3. Another re-run of the same unfinished workflow finds `verified` and does nothing at all.
      expect(
        await runHandler(sendConnectionRequest, s, {
          subject: person('person2'),
          params,
          services: { journal: journalFor() },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'invitation', person: 'person2', note: 'only once' }]);
    } finally {
      await s.close();
      store.close();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('a crash before the click (journal `attempted`, nothing sent) sends exactly once on the re-run', async () => {
    const home = mkdtempSync(join(tmpdir(), 'linkwright-journal-'));
    const store = openStore(home);
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'ember' });
    try {
      const journalFor = () =>
        new Journal({ store, account: 'test', runId: 'run-2', resumeWindowMs: 3_600_000 });
      const crashed = journalFor();
      const entry = await crashed.begin(
        crashed.keyFor('st.withdrawConnectionRequest', person('johndoe'), { unfollow: false }),
      );
      await crashed.markAttempted(entry);
      const rerun = journalFor();
      expect(
        await runHandler(withdrawConnectionRequest, s, {
          subject: person('johndoe'),
          params: { unfollow: false },
          services: { journal: rerun },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'withdrawal', person: 'johndoe' }]);
      expect((await rerun.get(entry))?.state).toBe('verified');
    } finally {
      await s.close();
      store.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

// st.sendMessage on the recorded LinkedIn: the profile's Message control → the person's overlay bubble
// (both front ends) → one Send, verified in the thread; a reply by threadId on the full messaging page;
// the refusals (InMail only, no such person, no such thread); exactly once across a crash (journal);
// bad input rejected by validation; and the text never reaching the logs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMessage } from '../../src/actions/st/send-message.ts';
import { Journal } from '../../src/engine/policy/journal.ts';
import { openStore } from '../../src/store/index.ts';
import { validateWorkflow } from '../../src/workflow/validate.ts';
import { IMPLEMENTED_ACTIONS } from '../../src/actions/index.ts';
import { categoriesFor, testServices } from '../support/action-services.ts';
import {
  launchBrowser,
  openReplaySession,
  person,
  runHandler,
  runWorkflowOn,
  type ReplaySessionOptions,
} from '../support/replay-session.ts';

const TEXT = 'Hi Dana, following up on the data engineer role — shall we talk on Thursday?';
/** The demo inbox's one thread (with person4, Dana Whitfield): fixtures/linkedin/messaging/thread/ember-en. */
const THREAD = '2-Rml4dHVyZVRocmVhZDAwMQ==';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function send(opts: ReplaySessionOptions, params: Record<string, unknown>, vanity?: string) {
  const s = await openReplaySession(browser, opts);
  try {
    const outcome = await runHandler(sendMessage, s, {
      params,
      ...(vanity ? { subject: person(vanity) } : {}),
    });
    return { outcome, effects: s.replay.effects(), unhandled: s.replay.unhandled(), captures: s.captures };
  } finally {
    await s.close();
  }
}

describe.each(['ember', 'sdui'] as const)('st.sendMessage from the profile (%s)', (frontEnd) => {
  it('messages a 1st-degree connection (person4) once, through the overlay bubble', async () => {
    const r = await send({ scenario: 'demo', frontEnd }, { text: TEXT }, 'person4');
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'message', person: 'person4', text: TEXT }]);
    expect(r.unhandled).toEqual([]);
  });

  it('reports messagingNotAllowed when Message offers only InMail (person5), sending nothing', async () => {
    const r = await send({ scenario: 'demo', frontEnd }, { text: 'Hello!' }, 'person5');
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: { type: 'messagingNotAllowed', message: expect.stringContaining('InMail') },
    });
    expect(r.effects).toEqual([]);
  });
});

describe('st.sendMessage: other results', () => {
  it('reports personNotFound and selfProfileNotAllowed', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(sendMessage, s, { subject: person('no-such-person-xyz'), params: { text: 'Hi' } }),
      ).toMatchObject({ kind: 'failure', error: { type: 'personNotFound' } });
      expect(
        await runHandler(sendMessage, s, { subject: person('me'), params: { text: 'Hi' } }),
      ).toMatchObject({ kind: 'failure', error: { type: 'selfProfileNotAllowed' } });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('replies into a thread by threadId on the full messaging page', async () => {
    const r = await send({ scenario: 'demo' }, { threadId: THREAD, text: TEXT }, undefined);
    expect(r.outcome).toEqual({ kind: 'success', subject: { kind: 'conversation', threadId: THREAD } });
    expect(r.effects).toEqual([{ type: 'message', person: 'person4', text: TEXT }]);
  });

  it('reports threadNotFound for a thread the inbox does not have', async () => {
    const r = await send({ scenario: 'demo' }, { threadId: '2-Tm9TdWNoVGhyZWFk', text: TEXT });
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: { type: 'threadNotFound', message: 'The account has no conversation with this thread id.' },
    });
    expect(r.effects).toEqual([]);
  });
});

describe('st.sendMessage in a workflow', () => {
  it('runs under st.openPersonPage on the profile the parent opened', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'st.openPersonPage',
        personUrl: 'https://www.linkedin.com/in/person4',
        then: { actionType: 'st.sendMessage', text: TEXT },
      });
      expect(JSON.stringify(out)).toContain('"actionType":"st.sendMessage","success":true');
      expect(s.replay.effects()).toEqual([{ type: 'message', person: 'person4', text: TEXT }]);
    } finally {
      await s.close();
    }
  });

  it('counts toward stMessages, and toward profile views only when it opens the profile itself', () => {
    const url = 'https://www.linkedin.com/in/person4';
    expect(categoriesFor('st.sendMessage', { personUrl: url, text: 'Hi' })).toEqual([
      'stMessages',
      'stPersonProfileViews',
    ]);
    expect(categoriesFor('st.sendMessage', { threadId: THREAD, text: 'Hi' })).toEqual(['stMessages']);
    expect(categoriesFor('st.sendMessage', { text: 'Hi' })).toEqual(['stMessages']);
  });
});

describe('st.sendMessage exactly once with the action journal', () => {
  it('a re-run after a crash after Send verifies the thread and does not send again', async () => {
    const home = mkdtempSync(join(tmpdir(), 'linkwright-journal-'));
    const store = openStore(home);
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'sdui' });
    try {
      const journalFor = () =>
        new Journal({ store, account: 'test', runId: 'run-msg-1', resumeWindowMs: 3_600_000 });
      const params = { text: TEXT };
      // 1. The crash: the message went out (another run sent it), the journal says `attempted` only.
      const crashed = journalFor();
      const entry = await crashed.begin(crashed.keyFor('st.sendMessage', person('person4'), params));
      await crashed.markAttempted(entry);
      expect(await runHandler(sendMessage, s, { subject: person('person4'), params })).toEqual({
        kind: 'success',
      });
      expect(s.replay.effects()).toHaveLength(1);
      // 2. The re-run finds `attempted`, reads the thread from a fresh page (ours, newest: this text).
      const rerun = journalFor();
      expect(
        await runHandler(sendMessage, s, {
          subject: person('person4'),
          params,
          services: { journal: rerun },
        }),
      ).toEqual({ kind: 'success' });
      expect((await rerun.get(entry))?.state).toBe('verified');
      // 3. And once verified, nothing is read or clicked at all.
      expect(
        await runHandler(sendMessage, s, {
          subject: person('person4'),
          params,
          services: { journal: journalFor() },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'message', person: 'person4', text: TEXT }]);
    } finally {
      await s.close();
      store.close();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('a crash before Send (journal `attempted`, nothing sent) sends exactly once on the re-run', async () => {
    const home = mkdtempSync(join(tmpdir(), 'linkwright-journal-'));
    const store = openStore(home);
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'ember' });
    try {
      const journalFor = () =>
        new Journal({ store, account: 'test', runId: 'run-msg-2', resumeWindowMs: 3_600_000 });
      const params = { threadId: THREAD, text: TEXT };
      const subject = { kind: 'conversation', threadId: THREAD } as const;
      const crashed = journalFor();
      const entry = await crashed.begin(crashed.keyFor('st.sendMessage', subject, params));
      await crashed.markAttempted(entry);
      const rerun = journalFor();
      expect(
        await runHandler(sendMessage, s, { subject, params, services: { journal: rerun } }),
      ).toMatchObject({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'message', person: 'person4', text: TEXT }]);
      expect((await rerun.get(entry))?.state).toBe('verified');
    } finally {
      await s.close();
      store.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('st.sendMessage: bad input and redaction', () => {
  const problems = (wf: unknown): string => {
    const v = validateWorkflow(wf, { implemented: IMPLEMENTED_ACTIONS });
    expect(v.ok).toBe(false);
    return v.ok ? '' : `${v.error.type} ${v.error.message}`;
  };

  it('is implemented (validation accepts it)', () => {
    expect(
      validateWorkflow(
        { actionType: 'st.sendMessage', personUrl: 'https://www.linkedin.com/in/person4', text: 'Hi' },
        { implemented: IMPLEMENTED_ACTIONS },
      ).ok,
    ).toBe(true);
  });

  it('rejects empty, blank and over-long text, neither target, and a threadId that is not one', () => {
    const url = 'https://www.linkedin.com/in/person4';
    expect(problems({ actionType: 'st.sendMessage', personUrl: url, text: '' })).toMatch(
      /^invalidWorkflow .*text/,
    );
    expect(problems({ actionType: 'st.sendMessage', personUrl: url, text: '   ' })).toMatch(/text/);
    expect(problems({ actionType: 'st.sendMessage', personUrl: url, text: 'x'.repeat(1901) })).toMatch(
      /text/,
    );
    expect(problems({ actionType: 'st.sendMessage', text: 'Hi' })).toMatch(/^invalidWorkflow .*personUrl/);
    expect(problems({ actionType: 'st.sendMessage', threadId: 'not a thread', text: 'Hi' })).toMatch(
      /threadId/,
    );
    expect(
      problems({
        actionType: 'st.openPersonPage',
        personUrl: url,
        then: { actionType: 'st.sendMessage', personUrl: url, text: 'Hi' },
      }),
    ).toMatch(/personUrl/);
  });

  it('never writes the message text to the logs', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'trace' }, { write: (l: string) => void lines.push(l) });
    const secret = 'Pineapple-7731 is the code word for our Thursday call';
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'sdui' });
    try {
      const outcome = await sendMessage.handler.run({
        params: { text: secret },
        subject: person('person4'),
        path: '[0]',
        log,
        signal: new AbortController().signal,
        services: testServices(s),
        key: null,
      });
      expect(outcome).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'message', person: 'person4', text: secret }]);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join('\n')).not.toContain('Pineapple');
    } finally {
      await s.close();
    }
  });
});
